import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running one of our TypeScript modules. From the source tree (tests, `npm run
 * dev`) the module is loaded through tsx, registered inside the worker; in the built app it is the
 * bundle scripts/build.mjs writes beside the host's own (`dist/app/<built>`).
 */
export interface WorkerModule {
  /** the .ts module, as `new URL('./x-worker.ts', import.meta.url)` from its neighbour */
  source: URL;
  /** its bundle's file name in dist/app */
  built: string;
}

export function startWorkerModule(module: WorkerModule, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const source = fileURLToPath(module.source);
  if (source.endsWith('.ts') && existsSync(source)) {
    const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(module.source.href)}, ${JSON.stringify(import.meta.url)}))`;
    return new Worker(boot, { ...options, eval: true });
  }
  return new Worker(new URL(`./${module.built}`, import.meta.url), options);
}
