export * from './states';
export * from './gstin';
export * from './line-tax';
export * from './summary';
