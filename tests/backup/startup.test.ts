import { existsSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHost } from '../../app/host/create-host';
import { ShopFileProblem } from '../../app/host/start-checks';
import { checkShopFileHeader } from '../../db/shop-file-check';
import { tempDir, TEST_SECRETS } from '../support/test-host';
import { modeOf, postBills } from './bills';

/**
 * A kirana PC meets power cuts, full disks and careless hands. Whatever is left at the shop
 * file's path, the host never quietly makes a new demo shop over it.
 */
let dir: string;
let cleanup: () => void;
let dbFile: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('sk-start-'));
  dbFile = join(dir, 'shop.sqlite');
});
afterEach(() => cleanup());

const start = () => createHost({ dbFile, secrets: TEST_SECRETS, registerDevicesOnLogin: true, log: () => {} });

/** A shop with 12 bills and one good backup; closed. Answers the backup's path. */
async function shopWithBackup(): Promise<string> {
  const host = start();
  const staff = host.client(
    (
      await host
        .client()
        .call('auth.login', { userId: (await host.client().call('auth.users', {})).find((u) => u.role === 'staff')!.id, pin: '3333', deviceId: 'start-test' })
    ).token,
  );
  await postBills(staff, 12, 'start');
  const made = await host.backups.create('daily');
  expect(made.ok).toBe(true);
  host.close();
  return made.file!;
}

function problemOf(fn: () => unknown): ShopFileProblem {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ShopFileProblem);
    return e as ShopFileProblem;
  }
  throw new Error('the host started');
}

describe('what the host finds at the shop file’s path', () => {
  it('nothing, and no backup anywhere: a first run, with the demo shop', () => {
    const host = start();
    expect(host.startup.firstRun).toBe(true);
    expect(host.store.shop.find()?.name).toBe('Sharma General Store');
    host.close();
    expect(modeOf(statSync(dbFile))).toBe(0o600);
  });

  it('an empty (0-byte) file: refuses to start, names the newest good backup, leaves the file alone', async () => {
    const backup = await shopWithBackup();
    writeFileSync(dbFile, '');
    rmSync(`${dbFile}-wal`, { force: true });
    const problem = problemOf(start);
    expect(problem.found).toBe('empty');
    expect(problem.newest).toMatchObject({ file: backup, bills: 12, lastBill: expect.stringMatching(/\/00012$/) });
    expect(problem.message).toMatch(/The shop file is empty \(0 bytes\).*did not open it and changed nothing.*npm run backup -- restore/);
    expect(statSync(dbFile).size).toBe(0);
  });

  it('a file cut short: refuses, saying so', async () => {
    await shopWithBackup();
    const size = statSync(dbFile).size;
    truncateSync(dbFile, Math.floor(size / 2) + 100);
    const problem = problemOf(start);
    expect(problem.found).toBe('truncated');
    expect(problem.message).toMatch(/cut short/);
    expect(statSync(dbFile).size).toBe(Math.floor(size / 2) + 100);
  });

  it('a damaged header: refuses, saying so (no stack trace, no exit 1 from deep inside)', async () => {
    await shopWithBackup();
    const bytes = readFileSync(dbFile);
    bytes.write('NOT A DATABASE!!', 0, 'latin1');
    writeFileSync(dbFile, bytes);
    expect(problemOf(start).found).toBe('damaged');
  });

  it('damaged pages in the middle: quick_check finds them before anything is written', async () => {
    await shopWithBackup();
    const bytes = readFileSync(dbFile);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize * 20, pageSize * 24);
    writeFileSync(dbFile, bytes);
    const before = readFileSync(dbFile);
    const problem = problemOf(start);
    expect(problem.found).toBe('damaged');
    expect(problem.newest?.bills).toBe(12);
    expect(readFileSync(dbFile).equals(before)).toBe(true);
  });

  it('no shop file, but backups of one: refuses to make a demo shop', async () => {
    await shopWithBackup();
    renameSync(dbFile, join(dir, 'moved-away.sqlite'));
    const problem = problemOf(start);
    expect(problem.found).toBe('missing');
    expect(problem.message).toMatch(/There is no shop file .* but there are backups/);
    expect(existsSync(dbFile)).toBe(false);
  });

  it('a first run cut off half-way leaves no shop file; the next start makes the demo shop afresh', () => {
    writeFileSync(`${dbFile}.creating`, 'half-made');
    writeFileSync(`${dbFile}.creating-wal`, 'half-made');
    const host = start();
    expect(host.startup.firstRun).toBe(true);
    host.close();
    expect(existsSync(`${dbFile}.creating`)).toBe(false);
    expect(checkShopFileHeader(dbFile).state).toBe('present');
  });

  it('an existing file, its WAL and its backups are owner-only', async () => {
    const backup = await shopWithBackup();
    writeFileSync(join(dir, 'probe'), '');
    const host = start();
    for (const f of [dbFile, `${dbFile}-wal`, backup]) if (existsSync(f)) expect(modeOf(statSync(f)), f).toBe(0o600);
    expect(modeOf(statSync(join(dir, 'backups')))).toBe(0o700);
    host.close();
  });
});
