import type { z } from 'zod';
import type { BackupAlertView, BackupFolderView, BackupView as BackupViewSchema, ShopView } from '../../contract';

/** The repositories this area owns in the Store (db/repos/shop). */
export interface ShopStore {
  shop: ShopRepo;
}

export type Shop = z.output<typeof ShopView>;

export interface ShopRepo {
  /** undefined until the shop is set up */
  find(): Shop | undefined;
  get(): Shop;
  create(shop: Shop & { createdAt: string }): void;
  update(patch: Partial<Omit<Shop, 'id'>>): void;
}

/** The shop file itself, which only the host can swap (app/host/demo). */
export interface ShopFiles {
  /** the demo shop with its catalogue, stock, suppliers, customers and users, in one transaction */
  seedDemo(): void;
  /** the demo catalogue and its opening stock, for a real shop that starts from it */
  seedDemoCatalogue(): void;
  /** puts the demo shop's file aside whole and opens a new, empty shop file */
  leaveDemo(): Promise<void>;
}

export type BackupView = z.output<typeof BackupViewSchema>;
export type BackupAlert = z.output<typeof BackupAlertView>;
export type BackupFolder = z.output<typeof BackupFolderView>;
export type BackupPlace = BackupView['place'];

/** Why the host could not do what was asked with a backup. */
export type BackupRefusal =
  | { refused: 'notFound' }
  | { refused: 'failedCheck'; problems: number }
  | { refused: 'unreadable' }
  | { refused: 'folderMissing' }
  | { refused: 'notAFolder' }
  | { refused: 'insideData' }
  | { refused: 'notWritable' }
  | { refused: 'failed' };

/** The shop file's backups, which only the host can make, read and put back (app/host/backups). */
export interface ShopBackups {
  list(): BackupView[];
  alert(): BackupAlert;
  /** `local`: the caller sits at the counter PC (IPC or loopback), where the folder may be chosen */
  folder(local: boolean): BackupFolder;
  retention: { hourly: number; daily: number; monthly: number };
  preview(file: string, place: BackupPlace): Promise<BackupView | BackupRefusal>;
  restore(file: string, place: BackupPlace): Promise<{ restored: NonNullable<BackupView['check']>; keptAs: string | null } | BackupRefusal>;
  backupNow(): Promise<BackupView | BackupRefusal>;
  setFolder(folder: string | null): BackupFolder | BackupRefusal;
}
