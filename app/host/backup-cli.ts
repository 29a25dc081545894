import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup, extraDirProblem } from '../../db/backup/create';
import { readShopName, type ShopFileCheck } from '../../db/backup/inspect';
import { listBackups, recordBackup } from '../../db/backup/manifest';
import { parseBackupName } from '../../db/backup/names';
import { previewBackup, restoreShopFile } from '../../db/backup/restore';
import { runBackupJob } from '../../db/backup/run-job';
import { backupStatus } from './backups/backup-status';
import { runningHost } from './host-lock';
import { readLocalSettings, writeLocalSettings } from './local-settings';
import { shopFile, userDataDir } from './paths';
import { backupDirs } from './start-checks';

/**
 * Backups for support, at the shop's PC: `npm run backup -- <command>`
 *   list                 every backup, newest first, with its check
 *   status               whether the shop can count on its backups (the same alert the host logs)
 *   create               a backup now (the host may be running)
 *   verify <file>        a full integrity check of one backup, recorded in its folder's manifest
 *   restore <file> [--yes]  shows what the backup holds; with --yes puts it in place of the shop file
 *                        (the host must be closed; the current file is backed up first)
 *   folder <path|none>   the second folder backups are copied to (a USB stick, a synced folder)
 * Options: --data-dir <folder> (default: the app's data folder).
 */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'data-dir': { type: 'string' }, yes: { type: 'boolean', default: false } } });
const [command = 'list', argument] = positionals;
const dataDir = values['data-dir'] ?? userDataDir();
const dbFile = shopFile(dataDir);
const settings = readLocalSettings(dataDir, (m) => console.error(m));
const dirs = backupDirs(dataDir, settings);

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

function describe(check: ShopFileCheck | null): string {
  if (!check) return 'not checked yet';
  if (!check.ok) return `FAILED its check: ${check.problems.slice(0, 2).join('; ')}`;
  const last = check.lastBill ? `, last bill ${check.lastBill.number} of ${check.lastBill.date}` : ', no bills';
  return `ok (${check.integrity} check), ${check.shopName ?? 'no shop'}: ${check.bills} bills${last}`;
}

const shopName = () => (existsSync(dbFile) ? readShopName(dbFile) : null) ?? 'shop';

async function main() {
  switch (command) {
    case 'list':
      for (const dir of dirs) {
        const problem = dir === dirs[0] ? null : extraDirProblem(dir);
        console.log(`\n${dir}${problem ? `  (${problem})` : ''}`);
        for (const e of listBackups(dir)) console.log(`  ${e.file}  ${(e.bytes / 1e6).toFixed(1)} MB  ${describe(e.check)}`);
      }
      return;
    case 'status': {
      const status = backupStatus(dirs, settings.backupFolder, null, new Date());
      console.log(status.ok ? 'Backups are in order.' : `ALERT: ${status.problems.join('; ')}`);
      if (status.newest) console.log(`Newest good backup: ${status.newest.file} (${status.newest.at}, ${status.newest.bills} bills)`);
      return;
    }
    case 'create': {
      if (!existsSync(dbFile)) fail(`There is no shop file at ${dbFile}`);
      const outcome = await createBackup({
        source: dbFile,
        dir: dirs[0] ?? dataDir,
        extraDir: settings.backupFolder,
        slug: shopName(),
        kind: 'manual',
        at: new Date(),
        integrity: 'full',
      });
      if (!outcome.ok) fail(`The backup failed: ${outcome.error ?? ''}`);
      console.log(`Backed up to ${outcome.file}: ${describe(outcome.check)}`);
      if (outcome.extra) console.log(outcome.extra.ok ? `Copied to ${outcome.extra.file}` : `Not copied to the chosen folder: ${outcome.extra.error}`);
      return;
    }
    case 'verify': {
      if (!argument) return fail('verify needs a backup file');
      const file = resolve(argument);
      const result = await runBackupJob({ op: 'inspect', file, integrity: 'full' });
      if (!result.ok) return fail(`${file} cannot be read: ${result.error}`);
      const parsed = parseBackupName(file.split(/[\\/]/).pop() ?? '');
      const dir = dirs.find((d) => file.startsWith(resolve(d)));
      if (parsed && dir)
        recordBackup(dir, {
          file: file.slice(resolve(dir).length + 1),
          kind: parsed.kind,
          at: parsed.at.toISOString(),
          bytes: result.check.bytes,
          check: result.check,
        });
      console.log(`${file}: ${describe(result.check)}`);
      if (!result.check.ok) process.exit(1);
      return;
    }
    case 'restore': {
      if (!argument) return fail('restore needs a backup file (see: npm run backup -- list)');
      const file = resolve(argument);
      const preview = await previewBackup(file);
      console.log(`${file}: ${describe(preview)}`);
      const running = runningHost(dbFile);
      if (running) return fail(`SmartKirana is running (process ${running}) on ${dbFile}: close it first.`);
      if (!values.yes) return console.log('Nothing was changed. Run again with --yes to put this backup in place of the shop file.');
      const started = performance.now();
      const outcome = await restoreShopFile({ shopFile: dbFile, backupFile: file, dir: dirs[0] ?? dataDir, slug: preview.shopName ?? 'shop', at: new Date() });
      console.log(`Restored in ${((performance.now() - started) / 1000).toFixed(1)} s: ${describe(outcome.restored)}`);
      console.log(outcome.before.file ? `What was there before is kept at ${outcome.before.file} (${outcome.before.how}).` : 'There was no shop file before.');
      return;
    }
    case 'folder': {
      if (!argument) return fail('folder needs a path, or none');
      const folder = argument === 'none' ? null : resolve(argument);
      if (folder && extraDirProblem(folder)) return fail(extraDirProblem(folder) ?? '');
      writeLocalSettings(dataDir, { ...settings, backupFolder: folder });
      console.log(folder ? `Backups will also be copied to ${folder}.` : 'Backups stay in the data folder only.');
      return;
    }
    default:
      fail(`Unknown command ${command}: list, status, create, verify <file>, restore <file> [--yes], folder <path|none>`);
  }
}

await main();
