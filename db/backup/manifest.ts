import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_MODE, removePartials, syncPath } from './copy';
import type { ShopFileCheck } from './inspect';
import { parseBackupName, type BackupKind } from './names';

/**
 * What is known about the backups in one folder: the check each one passed or failed when it was
 * made (or last verified). Kept as `manifest.json` beside them and rewritten whole (a temporary
 * file renamed over it), so a power cut leaves the old list or the new one. The files themselves
 * are the truth: a backup the manifest does not know is listed as unchecked, and an entry whose
 * file is gone is dropped.
 */
export const MANIFEST_FILE = 'manifest.json';

export interface BackupEntry {
  file: string;
  kind: BackupKind;
  at: string;
  bytes: number;
  check: ShopFileCheck | null;
}

interface ManifestFile {
  version: 1;
  backups: BackupEntry[];
}

function readManifest(dir: string): Map<string, BackupEntry> {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return new Map();
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ManifestFile>;
    return new Map((Array.isArray(parsed.backups) ? parsed.backups : []).map((e) => [e.file, e]));
  } catch {
    return new Map();
  }
}

function writeManifest(dir: string, entries: readonly BackupEntry[]): void {
  const file = join(dir, MANIFEST_FILE);
  const temp = `${file}.tmp`;
  const body: ManifestFile = { version: 1, backups: [...entries].sort((a, b) => b.at.localeCompare(a.at)) };
  writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`, { mode: FILE_MODE });
  chmodSync(temp, FILE_MODE);
  syncPath(temp);
  renameSync(temp, file);
}

/** Every backup in `dir`, newest first, with what the manifest knows of it; half-made copies are removed. */
export function listBackups(dir: string): BackupEntry[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  removePartials(dir, names);
  const known = readManifest(dir);
  const out: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const entry = known.get(name);
    out.push(entry ?? { file: name, kind: parsed.kind, at: parsed.at.toISOString(), bytes: 0, check: null });
  }
  return out.sort((a, b) => b.at.localeCompare(a.at));
}

/** Records (or replaces) what is known of one backup. */
export function recordBackup(dir: string, entry: BackupEntry): void {
  const entries = new Map(listBackups(dir).map((e) => [e.file, e]));
  entries.set(entry.file, entry);
  writeManifest(dir, [...entries.values()]);
}

/** Deletes backups and forgets them. */
export function removeBackups(dir: string, files: readonly string[]): void {
  if (files.length === 0) return;
  for (const f of files) rmSync(join(dir, f), { force: true });
  const gone = new Set(files);
  writeManifest(
    dir,
    listBackups(dir).filter((e) => !gone.has(e.file)),
  );
}

/** The newest backup in these folders that passed its check. */
export function newestGoodBackup(dirs: readonly string[]): (BackupEntry & { dir: string }) | null {
  let best: (BackupEntry & { dir: string }) | null = null;
  for (const dir of dirs) {
    for (const e of listBackups(dir)) {
      if (e.check?.ok && (!best || e.at > best.at)) best = { ...e, dir };
    }
  }
  return best;
}
