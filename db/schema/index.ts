// Typed view of the tables that db/migrations creates; schema.test.ts keeps the two in step.
export * from './shop';
export * from './users';
export * from './catalog';
export * from './customers';
export * from './billing';
export * from './inventory';
export * from './accounting';
export * from './audit';
export * from './printing';
export * from './purchasing';
export * from './gst';
export * from './bank';
export * from './sync';
export * from './khata';
export * from './forecasting';
export * from './insights';
export * from './orders';
