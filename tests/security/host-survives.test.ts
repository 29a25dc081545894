import type { ChildProcess } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCliHost } from '../support/cli-host';
import { tempDir } from '../support/test-host';
import { MALFORMED_TARGETS, rawExchange, rawGet, rawUpgrade } from './raw-http';

/**
 * The headless host as a shop runs it (its own process, the CLI), sent every malformed request
 * we know of and a few hundred fuzzed ones: the process must still be there and answering.
 */
let child: ChildProcess;
let port = 0;
let stderr = '';
let cleanup: () => void;

beforeAll(async () => {
  const made = tempDir('sk-survive-');
  cleanup = made.cleanup;
  ({ child, port } = await startCliHost(made.dir, (text) => (stderr += text)));
}, 60_000);
afterAll(() => {
  child.kill('SIGKILL');
  cleanup();
});

describe('the host process under hostile requests', () => {
  it('is still running and answering after every malformed request, upgrade and rebinding attempt', async () => {
    let tried = 0;
    for (const target of MALFORMED_TARGETS) {
      await rawGet(port, target);
      await rawUpgrade(port, target);
      tried += 2;
    }
    for (const host of ['evil.example', 'evil.example:80', '']) {
      await rawGet(port, '/', { Host: host });
      await rawUpgrade(port, '/events', { Host: host });
      tried += 2;
    }
    const pieces = ['/', '%', '%zz', '%E0', '%C3%28', '%00', '..', '?token=', '#', '[', 'http://', '%2f', '\\'];
    const targets = fc.sample(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }), { seed: 42, numRuns: 200 });
    for (const parts of targets) {
      const target = parts.join('');
      await rawExchange(
        port,
        `POST /api/${target.replace(/^\//, '')} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
        1000,
      );
      await rawUpgrade(port, target);
      tried += 2;
    }
    expect(tried).toBeGreaterThan(450);
    expect(child.exitCode).toBeNull();
    expect((await rawGet(port, '/healthz')).status).toBe(200);
    expect(stderr).not.toMatch(/unexpected error|unhandled/);
  }, 120_000);
});
