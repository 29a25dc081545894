import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The forecasting worker's entry: the bundled `forecast-worker.mjs` next to the host's bundle, or,
 * from source (tests, the CLI under tsx), `worker.ts` behind a small starter that registers tsx.
 * Its own file, so the pipeline's runner and the global model's thread both start it without
 * importing each other.
 */
export function forecastWorkerEntry(): URL {
  const bundled = new URL('./forecast-worker.mjs', import.meta.url);
  return existsSync(fileURLToPath(bundled)) ? bundled : new URL('./worker-from-source.mjs', import.meta.url);
}
