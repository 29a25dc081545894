// Builds what `npm start` runs: the screens (Vite → dist/renderer) and the Node bundles
// (esbuild → dist/app: the headless host, Electron main and preload) with the SQL migrations.
import { cpSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const started = Date.now();
rmSync('dist', { recursive: true, force: true });

await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });

// No source maps in a shop's build; SMARTKIRANA_SOURCEMAPS=1 makes them for debugging.
const sourcemap = process.env.SMARTKIRANA_SOURCEMAPS === '1';
const common = { bundle: true, platform: 'node', target: 'node20', packages: 'external', sourcemap, logLevel: 'warning' };
await esbuild({
  ...common,
  // Worker threads load their own bundle (db/worker-module.ts finds it beside the host's).
  entryPoints: {
    cli: 'app/host/cli.ts',
    main: 'app/main/main.ts',
    'backup-cli': 'app/host/backup-cli.ts',
    'backup-worker': 'db/backup/backup-worker.ts',
    'insights-worker': 'app/host/insights/worker.ts',
    'heavy-worker': 'app/host/workers/heavy-worker.ts',
    'forecast-worker': 'app/host/forecasting/worker.ts',
    // the low-priority process long jobs' threads run in (app/host/workers/job-process.ts)
    'job-process': 'app/host/workers/job-process-entry.ts',
  },
  format: 'esm',
  outdir: 'dist/app',
  outExtension: { '.js': '.mjs' },
});
// Sandboxed preloads must be CommonJS.
await esbuild({ ...common, entryPoints: { preload: 'app/preload/preload.ts' }, format: 'cjs', outdir: 'dist/app', outExtension: { '.js': '.cjs' } });
cpSync('db/migrations', 'dist/app/migrations', { recursive: true });

console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
