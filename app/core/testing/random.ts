// Tests and benchmarks draw from the same generator the app's simulations and training use.
export { mulberry32, seedOf } from '../random';
