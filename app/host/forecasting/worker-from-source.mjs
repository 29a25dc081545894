// Starts the forecast worker from its TypeScript source (tests, the CLI under tsx): the bundled
// app starts forecast-worker.mjs instead. tsx's loader is registered inside this worker thread,
// since loaders registered by the parent thread do not reach it.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
