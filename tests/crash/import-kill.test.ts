import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../../app/host/create-host';
import { TEST_SECRETS, tempDir } from '../support/test-host';
import { DEMO_PINS } from '../../app/host/demo/demo-shop';
import { bundleVictims, runVictim, type Victims } from './support/kill-harness';

/**
 * SIGKILL (a power cut) while a catalogue import is committed in short transactions: after the
 * next start the catalogue holds either none of the file's rows (and the file can be committed
 * again) or every one of them, live. The kill is placed by watching the shop file from here.
 */
let victims: Victims;
let shop: ReturnType<typeof tempDir>;

beforeAll(async () => {
  victims = await bundleVictims('import-crash-', { 'import-victim': join(import.meta.dirname, 'import-victim.ts') });
  shop = tempDir('sk-import-crash-');
});
afterAll(() => {
  victims?.remove();
  shop?.cleanup();
});

interface Seen {
  staged: number;
  status: string | undefined;
}

/** What the shop file shows of the newest import, read on a connection of our own. */
function look(dbFile: string): Seen {
  let db: Database.Database | undefined;
  try {
    db = new Database(dbFile, { readonly: true, fileMustExist: true });
    const staged = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM catalog_import_rows').get()?.n ?? 0;
    const status = db.prepare<[], { status: string }>('SELECT status FROM catalog_imports ORDER BY created_at DESC, rowid DESC LIMIT 1').get()?.status;
    return { staged, status };
  } catch {
    return { staged: 0, status: undefined };
  } finally {
    db?.close();
  }
}

/** Runs the victim on `rows` rows and kills it the first time `when` holds; what it said, and what was seen at the kill. */
async function runAndKill(
  dbFile: string,
  rows: number,
  first: number,
  when: (s: Seen) => boolean,
): Promise<{ importId: string; seen: Seen | null; answered: boolean }> {
  let seen: Seen | null = null;
  const end = await runVictim(victims.script('import-victim'), [dbFile, String(rows), String(first)], {
    poll: {
      ms: 2,
      tick: (printed, kill) => {
        if (seen || !printed.includes('UPLOADED')) return;
        const s = look(dbFile);
        if (when(s)) {
          seen = s;
          kill();
        }
      },
    },
    watchdogMs: 170_000,
  });
  const importId = /UPLOADED (\S+)/.exec(end.printed)?.[1];
  if (!importId) throw new Error(`the victim never uploaded: ${end.stderr}`);
  const answered = end.printed.includes('COMMITTED');
  if (end.signal !== 'SIGKILL' && !answered) throw new Error(`the victim stopped by itself: ${end.stderr}`);
  return { importId, seen, answered };
}

/** The file after a restart: the host settles what the kill left, then the rows of this import are counted. */
async function afterRestart(dbFile: string, importId: string, first: number, rows: number) {
  const host = createHost({ dbFile, secrets: TEST_SECRETS, registerDevicesOnLogin: true, log: () => {} });
  const raw = host.store.raw;
  const count = (where: string) =>
    raw
      .prepare<[number, number], { n: number }>(
        `SELECT count(*) AS n FROM products WHERE name GLOB 'Crash Test Item *' AND CAST(substr(name, 17) AS INTEGER) BETWEEN ? AND ? ${where}`,
      )
      .get(first, first + rows - 1)?.n ?? 0;
  const state = {
    products: count(''),
    live: count('AND active = 1'),
    staged: raw.prepare<[], { n: number }>('SELECT count(*) AS n FROM catalog_import_rows').get()?.n,
    status: host.store.imports.get(importId)?.status,
    integrity: raw.pragma('integrity_check', { simple: true }),
    searchRows: raw.prepare<[], { n: number }>("SELECT count(*) AS n FROM products_fts WHERE products_fts MATCH 'crash'").get()?.n,
  };
  const anon = host.client();
  const manager = (await anon.call('auth.users', {})).find((u) => u.role === 'manager');
  const { token } = await anon.call('auth.login', { userId: manager?.id ?? '', pin: DEMO_PINS.manager, deviceId: 'import-office' });
  return { host, client: host.client(token), state };
}

describe('SIGKILL while a catalogue import is committed', () => {
  it('a kill between chunks leaves none of the rows (and the file commits again); a kill after the import counted leaves all of them', async () => {
    const dbFile = join(shop.dir, 'shop.sqlite');
    const ROWS = 6_000;

    // Part-way through the chunks: some hundreds of rows are written, the import has not counted.
    const early = await runAndKill(dbFile, ROWS, 0, (s) => s.status === 'uploaded' && s.staged >= 600);
    expect(early.seen?.staged).toBeGreaterThanOrEqual(600);
    expect(early.answered).toBe(false);
    const a = await afterRestart(dbFile, early.importId, 0, ROWS);
    expect(a.state).toEqual({ products: 0, live: 0, staged: 0, status: 'uploaded', integrity: 'ok', searchRows: 0 });
    const again = await a.client.call('catalog.importCommit', { importId: early.importId });
    expect(again.imported).toBe(ROWS);
    expect(a.host.store.raw.prepare("SELECT count(*) AS n FROM products WHERE name GLOB 'Crash Test Item *' AND active = 1").get()).toEqual({ n: ROWS });
    a.host.close();

    // After the import's own row says committed, while its rows are being made live.
    const late = await runAndKill(dbFile, ROWS, ROWS, (s) => s.status === 'committed' && s.staged > 0);
    expect(late.seen?.staged).toBeGreaterThan(0);
    expect(late.answered).toBe(false);
    const b = await afterRestart(dbFile, late.importId, ROWS, ROWS);
    expect(b.state).toEqual({ products: ROWS, live: ROWS, staged: 0, status: 'committed', integrity: 'ok', searchRows: 2 * ROWS });
    b.host.close();
  }, 400_000);
});
