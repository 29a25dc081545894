import { z } from 'zod';
import { method } from '../define';
import { IsoInstant } from '../schemas';

/**
 * The owner's backups (Settings → Backups): what there is, whether the shop can count on it, a
 * preview of one, putting one back, a backup now, and the owner's second folder. The host makes
 * and checks the files (docs/backups.md); these methods only show and ask.
 */
export const BACKUP_KIND_NAMES = ['hourly', 'daily', 'close', 'migration', 'restore', 'manual'] as const;
export const BACKUP_PLACES = ['data', 'folder'] as const;
export const BACKUP_PROBLEMS = ['noBackup', 'stale', 'folderMissing', 'lastFailed', 'diskFull', 'folderNotWritable'] as const;

const BackupFileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._-]+\.sqlite$/, 'a backup’s file name')
  .describe('the backup’s file name as listed (never a path)');
const BackupPlace = z.enum(BACKUP_PLACES).describe('data: the data folder’s backups; folder: the owner’s folder');
/** One backup as the list names it: its file and where it lies. */
const OneBackup = z.object({ file: BackupFileName, place: BackupPlace });
const ONE_BACKUP_EXAMPLE = { file: 'sharma-general-store-20261124-053000-000-daily.sqlite', place: 'data' } satisfies z.input<typeof OneBackup>;

/** What a backup holds, as its check found it. */
export const BackupCheckView = z.object({
  ok: z.boolean(),
  integrity: z.enum(['full', 'quick']),
  checkedAt: IsoInstant,
  bills: z.int().min(0),
  lastBill: z.object({ number: z.string(), date: z.string() }).nullable(),
  shopName: z.string().nullable(),
  schemaVersion: z.int().min(0),
  /** how many problems SQLite found (their text stays in the host's log and the manifest) */
  problemCount: z.int().min(0),
});

export const BackupView = z.object({
  file: z.string(),
  place: BackupPlace,
  kind: z.enum(BACKUP_KIND_NAMES),
  at: IsoInstant,
  bytes: z.int().min(0),
  /** null: not checked yet */
  check: BackupCheckView.nullable(),
});

/** Whether the shop can count on its backups now; each problem in words on the screen. */
export const BackupAlertView = z.object({
  ok: z.boolean(),
  problems: z.array(z.object({ kind: z.enum(BACKUP_PROBLEMS), detail: z.string().nullable() })),
  newestAt: IsoInstant.nullable(),
});

export const BackupFolderView = z.object({
  path: z.string().nullable(),
  /** whether the folder is there now (a USB stick that is out is not) */
  present: z.boolean(),
  /** the folder can be chosen only at the counter PC itself, never from the Wi-Fi */
  canChoose: z.boolean(),
  /** plugged-in drives and synced folders found on the counter PC */
  suggestions: z.array(z.string()),
});

export const shopBackupsApi = {
  'shop.backups': method({
    summary:
      'Settings → Backups: every backup in the data folder and the owner’s folder (newest first, with its check), the alert, the folder, the schedule and what is kept.',
    access: 'owner',
    params: z.object({}),
    result: z.object({
      alert: BackupAlertView,
      folder: BackupFolderView,
      backups: z.array(BackupView),
      retention: z.object({ hourly: z.int(), daily: z.int(), monthly: z.int() }),
    }),
    errors: [],
    example: {},
    reads: ['shop'],
  }),
  'shop.backupAlert': method({
    summary: 'Whether the owner must act on backups: no good backup newer than a day, the chosen folder missing, the last backup failed.',
    access: 'owner',
    params: z.object({}),
    result: BackupAlertView,
    errors: [],
    example: {},
    reads: ['shop'],
  }),
  'shop.previewBackup': method({
    summary: 'What a backup holds (date, bills, last bill number, its check), read without changing anything.',
    access: 'owner',
    params: OneBackup,
    result: BackupView,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: ONE_BACKUP_EXAMPLE,
    reads: ['shop'],
  }),
  'shop.restoreBackup': method({
    summary:
      'Puts a backup back in place of the shop file: checks it in full, backs up the current file first, swaps the file and opens it again. Every signed-in screen is signed out (the sessions are those of the backup).',
    access: 'owner',
    params: OneBackup,
    result: z.object({ restored: BackupCheckView, keptAs: z.string().nullable() }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: ONE_BACKUP_EXAMPLE,
    changes: ['shop'],
  }),
  'shop.backupNow': method({
    summary: 'Makes a backup now (checked in full) in the data folder, and copies it to the owner’s folder when one is chosen.',
    access: 'owner',
    params: z.object({}),
    result: BackupView,
    errors: ['INVALID_INPUT'],
    example: {},
    changes: ['shop'],
  }),
  'shop.setBackupFolder': method({
    summary: 'Chooses the owner’s second folder for backups (a USB stick, a synced folder), or none. Only at the counter PC itself.',
    access: 'owner',
    params: z.object({ folder: z.string().trim().min(1).max(1000).nullable().describe('an existing folder on the counter PC, or null for none') }),
    result: BackupFolderView,
    errors: ['INVALID_INPUT'],
    example: { folder: null },
    changes: ['shop'],
  }),
};
