import { defineConfig } from 'vitest/config';

// Unit and integration tests under plain Node; browser tests drive Debian's Chromium themselves.
export default defineConfig({
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'db/**/*.test.ts', 'printers/**/*.test.ts', 'sync-server/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A loaded CI machine takes longer than vitest's 1 s to paint what a screen waits for.
    expect: { poll: { timeout: 5_000 } },
  },
});
