import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiClient } from '../../app/core/contract';
import { fixedClock, sequentialIds } from '../../app/core/testing/fakes';
import { createHost, type Host, type HostOptions } from '../../app/host/create-host';
import { DEMO_PINS } from '../../app/host/demo/demo-shop';
import type { Lang, Role } from '../../app/core/contract/vocabulary';

export function tempDir(prefix = 'sk-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestHost extends Host {
  dir: string;
  clock: ReturnType<typeof fixedClock>;
  /** a logged-in in-process client for the demo user of that role, whose replies are worded in `lang` */
  as(role: Role, deviceId?: string, lang?: Lang): Promise<ApiClient>;
  dispose(): void;
}

/** A real host on a real SQLite file in a temp folder, with a frozen clock and predictable ids. */
export function makeTestHost(options: Partial<HostOptions> = {}): TestHost {
  const { dir, cleanup } = tempDir();
  const clock = fixedClock('2026-11-24T05:30:00.000Z');
  // Retries of a failed receipt come quickly here; the counter waits 1 s and 3 s.
  const host = createHost({
    dbFile: join(dir, 'shop.sqlite'),
    clock,
    ids: sequentialIds(),
    validateResults: true,
    log: () => {},
    printing: { retryDelaysMs: [30, 60] },
    ...options,
  });
  return {
    ...host,
    dir,
    clock,
    async as(role, deviceId = `test-device-${role}`, lang) {
      const anon = host.client();
      const user = (await anon.call('auth.users', {})).find((u) => u.role === role);
      if (!user) throw new Error(`no ${role} in the test shop`);
      const { token } = await anon.call('auth.login', { userId: user.id, pin: DEMO_PINS[role], deviceId, deviceName: 'Counter' });
      return host.client(token, lang === undefined ? {} : { lang });
    },
    dispose() {
      host.close();
      cleanup();
    },
  };
}
