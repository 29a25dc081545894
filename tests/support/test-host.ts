import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiClient } from '../../app/core/contract';
import { fixedClock, sequentialIds } from '../../app/core/testing/fakes';
import { createHost, type Host, type HostOptions } from '../../app/host/create-host';
import { randomIds } from '../../app/host/ids';
import type { IdSource } from '../../app/core/services/ports';
import { DEMO_PINS } from '../../app/host/demo/demo-shop';
import { createSecrets } from '../../app/host/secrets';
import type { Lang, Role } from '../../app/core/contract/vocabulary';

/** scrypt at N = 2^10: about a millisecond a PIN. */
export const TEST_SECRETS = createSecrets({ N: 1024, r: 8, p: 1 });

export function tempDir(prefix = 'sk-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The demo shop's PINs by role; the accountant is added on first use (see demoUser). */
export const TEST_PINS: Record<Role, string> = { ...DEMO_PINS, accountant: '4444' };

/**
 * The demo shop's user of a role. The demo shop has no accountant: one is added by the owner the
 * first time a test asks (on the setup device), so the other tests see the demo shop unchanged.
 */
export async function demoUser(host: Host, role: Role): Promise<{ id: string; pin: string }> {
  const anon = host.client();
  const user = (await anon.call('auth.users', {})).find((u) => u.role === role);
  if (user) return { id: user.id, pin: TEST_PINS[role] };
  if (role !== 'accountant') throw new Error(`no ${role} in the test shop`);
  const owner = await demoUser(host, 'owner');
  const { token } = await anon.call('auth.login', { userId: owner.id, pin: owner.pin, deviceId: 'test-setup-device' });
  const added = await host.client(token).call('users.add', { name: 'Anita (Accountant)', role: 'accountant', pin: TEST_PINS.accountant });
  return { id: added.id, pin: TEST_PINS.accountant };
}

export interface TestHost extends Host {
  dir: string;
  clock: ReturnType<typeof fixedClock>;
  /** a logged-in in-process client for the demo user of that role, whose replies are worded in `lang` */
  as(role: Role, deviceId?: string, lang?: Lang): Promise<ApiClient>;
  dispose(): void;
}

const START = '2026-11-24T05:30:00.000Z';
/**
 * Two things are eased for tests, both explicit here: PINs are hashed at a small scrypt cost
 * (hundreds of logins stay quick; tests/auth checks the real cost), and a login from a device
 * nobody registered registers it, and sessions never expire however far the clock moves
 * (tests/auth turns both off).
 */
const QUIET: Partial<HostOptions> = {
  validateResults: true,
  log: () => {},
  printing: { retryDelaysMs: [30, 60] },
  secrets: TEST_SECRETS,
  registerDevicesOnLogin: true,
  sessionsNeverExpire: true,
};
/** Options that change nothing in the shop file: a host with only these starts from the template. */
const FILE_NEUTRAL: ReadonlySet<string> = new Set([
  'printing',
  'log',
  'validateResults',
  'offload',
  'busyTimeoutMs',
  'registerDevicesOnLogin',
  'sessionsNeverExpire',
] satisfies Array<keyof HostOptions>);

/**
 * The demo shop, migrated and seeded once per test worker, with how far its ids got. Each test
 * host copies the file instead of migrating and seeding its own: the same shop, byte for byte,
 * in a fraction of the time.
 */
let template: { file: string; ids: Map<string, number> } | undefined;
function demoTemplate(): { file: string; ids: Map<string, number> } {
  if (template) return template;
  const { dir } = tempDir('sk-template-');
  const ids = sequentialIds();
  const file = join(dir, 'shop.sqlite');
  createHost({ dbFile: file, clock: fixedClock(START), ids, ...QUIET }).close();
  template = { file, ids: ids.counts() };
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return template;
}

/**
 * A real host on a real SQLite file in a temp folder, with a frozen clock and predictable ids.
 * Without options that shape the file (its path, set-up, clock, ids, secrets) the file is a copy
 * of the seeded demo template.
 */
export function makeTestHost(options: Partial<HostOptions> = {}): TestHost {
  const { dir, cleanup } = tempDir();
  const clock = fixedClock(START);
  const dbFile = join(dir, 'shop.sqlite');
  const fromTemplate = Object.keys(options).every((k) => FILE_NEUTRAL.has(k));
  // A host started again on a file another test host wrote must not hand out its ids a second time.
  let ids: IdSource = options.dbFile && existsSync(options.dbFile) ? randomIds : sequentialIds();
  if (fromTemplate) {
    const made = demoTemplate();
    for (const suffix of ['', '-wal']) if (existsSync(made.file + suffix)) copyFileSync(made.file + suffix, dbFile + suffix);
    ids = sequentialIds(made.ids);
  }
  // Retries of a failed receipt come quickly here; the counter waits 1 s and 3 s.
  const host = createHost({ dbFile, clock, ids, ...QUIET, ...options });
  return {
    ...host,
    dir,
    clock,
    async as(role, deviceId = `test-device-${role}`, lang) {
      const user = await demoUser(host, role);
      const { token } = await host.client().call('auth.login', { userId: user.id, pin: user.pin, deviceId, deviceName: 'Counter' });
      return host.client(token, lang === undefined ? {} : { lang });
    },
    dispose() {
      host.close();
      cleanup();
    },
  };
}

/** Who signs in for a test: a role, or a role on a named device, whose replies are worded in `lang` when given. */
export type SignIn = Role | readonly [Role, string] | readonly [Role, string, Lang];

/**
 * A test host on the demo shop with a signed-in client under each name, signed in in the order
 * given: `hostWithClients({ staff: 'staff', manager: ['manager', 'manager-tablet'], ownerHi: ['owner', 'office-hi', 'hi'] })`.
 */
export async function hostWithClients<N extends string>(clients: Record<N, SignIn>): Promise<{ host: TestHost } & Record<N, ApiClient>> {
  const host = makeTestHost();
  const signedIn: Array<[string, ApiClient]> = [];
  for (const [name, who] of Object.entries<SignIn>(clients)) {
    const [role, deviceId, lang] = typeof who === 'string' ? [who] : who;
    signedIn.push([name, await host.as(role, deviceId, lang)]);
  }
  return { host, ...(Object.fromEntries(signedIn) as Record<N, ApiClient>) };
}
