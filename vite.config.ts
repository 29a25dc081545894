import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { appShell } from './build/app-shell.js';

// Source maps only on request (SMARTKIRANA_SOURCEMAPS=1): a shop's build ships none, so the host never serves one.
const sourcemap = process.env.SMARTKIRANA_SOURCEMAPS === '1';

// The host answers only its own origin (DNS rebinding), so the dev proxy presents the host's.
const hostOrigin = { origin: 'http://127.0.0.1:4747' };

// The screens: built into dist/renderer and served by the host (or loaded by Electron from disk).
export default defineConfig({
  root: 'app/renderer',
  base: './',
  plugins: [react(), appShell()],
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
    sourcemap,
    chunkSizeWarningLimit: 1500,
    // The customer catalog is its own page and bundle: it shares no code with the staff app.
    rollupOptions: { input: { main: 'app/renderer/index.html', catalog: 'app/renderer/catalog.html' } },
  },
  // `npx vite` for UI work: the API goes to a host started with `npm run dev`.
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:4747', changeOrigin: true, headers: hostOrigin },
      '/events': { target: 'ws://127.0.0.1:4747', ws: true, changeOrigin: true, headers: hostOrigin },
    },
  },
});
