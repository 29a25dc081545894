import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../../app/host/create-host';
import { TEST_SECRETS, tempDir } from '../support/test-host';
import { DEMO_PINS } from '../../app/host/demo/demo-shop';

/**
 * SIGKILL (a power cut) while a catalogue import is committed in short transactions: after the
 * next start the catalogue holds either none of the file's rows (and the file can be committed
 * again) or every one of them, live. The kill is placed by watching the shop file from here.
 */
const ROOT = join(import.meta.dirname, '../..');
let bundleDir: string;
let shop: ReturnType<typeof tempDir>;

beforeAll(async () => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  bundleDir = mkdtempSync(join(ROOT, '.tmp', 'import-crash-'));
  await build({
    entryPoints: { 'import-victim': join(import.meta.dirname, 'import-victim.ts') },
    outdir: bundleDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  cpSync(join(ROOT, 'db/migrations'), join(bundleDir, 'migrations'), { recursive: true });
  shop = tempDir('sk-import-crash-');
});
afterAll(() => {
  rmSync(bundleDir, { recursive: true, force: true });
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
function runAndKill(
  dbFile: string,
  rows: number,
  first: number,
  when: (s: Seen) => boolean,
): Promise<{ importId: string; seen: Seen | null; answered: boolean }> {
  const child = spawn(process.execPath, [join(bundleDir, 'import-victim.mjs'), dbFile, String(rows), String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let stderr = '';
  let seen: Seen | null = null;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => (out += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const watch = setInterval(() => {
    if (!out.includes('UPLOADED')) return;
    const s = look(dbFile);
    if (when(s)) {
      seen = s;
      child.kill('SIGKILL');
      clearInterval(watch);
    }
  }, 2);
  const watchdog = setTimeout(() => child.kill('SIGKILL'), 170_000);
  return new Promise((resolve, reject) => {
    child.once('close', (_code, signal) => {
      clearInterval(watch);
      clearTimeout(watchdog);
      const importId = /UPLOADED (\S+)/.exec(out)?.[1];
      if (!importId) reject(new Error(`the victim never uploaded: ${stderr}`));
      else if (signal !== 'SIGKILL' && !out.includes('COMMITTED')) reject(new Error(`the victim stopped by itself: ${stderr}`));
      else resolve({ importId, seen, answered: out.includes('COMMITTED') });
    });
  });
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
