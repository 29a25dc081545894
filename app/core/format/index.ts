// What the renderer may import for display, besides the contract.
export * from './inr';
export * from './date';
export * from './qty';
export * from './words';
export * from './parse-date';
export * from './cell';
export * from './compact';
