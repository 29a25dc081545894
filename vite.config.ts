import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The screens: built into dist/renderer and served by the host (or loaded by Electron from disk).
export default defineConfig({
  root: 'app/renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  // `npx vite` for UI work: the API goes to a host started with `npm run dev`.
  server: { proxy: { '/api': 'http://127.0.0.1:4747', '/events': { target: 'ws://127.0.0.1:4747', ws: true } } },
});
