// Builds what `npm start` runs: the screens (Vite → dist/renderer) and the Node bundles
// (esbuild → dist/app: the headless host, Electron main and preload) with the SQL migrations.
import { cpSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const started = Date.now();
rmSync('dist', { recursive: true, force: true });

await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });

const common = { bundle: true, platform: 'node', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning' };
await esbuild({
  ...common,
  // The forecasting worker is its own file: a worker thread starts from a module of its own.
  entryPoints: { cli: 'app/host/cli.ts', main: 'app/main/main.ts', 'forecast-worker': 'app/host/forecasting/worker.ts' },
  format: 'esm',
  outdir: 'dist/app',
  outExtension: { '.js': '.mjs' },
});
// Sandboxed preloads must be CommonJS.
await esbuild({ ...common, entryPoints: { preload: 'app/preload/preload.ts' }, format: 'cjs', outdir: 'dist/app', outExtension: { '.js': '.cjs' } });
cpSync('db/migrations', 'dist/app/migrations', { recursive: true });

console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
