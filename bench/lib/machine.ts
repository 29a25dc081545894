import { execFileSync } from 'node:child_process';
import { statfsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import Database from 'better-sqlite3';

/** What the figures were measured on: they mean little without it. */
export interface Machine {
  cpuModel: string;
  cores: number;
  totalMemoryGiB: number;
  node: string;
  sqlite: string;
  chromium: string | null;
  gitCommit: string | null;
  /** uncommitted changes in the tree when measured */
  gitDirty: boolean | null;
  /** the temp folder holding the benchmark's SQLite files, and its filesystem (fsync cost depends on it) */
  tmpDir: string;
  tmpFsType: string;
  platform: string;
}

function run(cmd: string, args: string[]): string | null {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

// statfs type magic numbers for the filesystems a temp folder is likely to be on.
const FS_TYPES: Record<number, string> = { 0xef53: 'ext4', 0x01021994: 'tmpfs', 0x58465342: 'xfs', 0x9123683e: 'btrfs', 0x794c7630: 'overlayfs' };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function machineInfo(): Machine {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  const fsType = statfsSync(tmpdir()).type;
  const status = run('git', ['status', '--porcelain']);
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    sqlite,
    chromium: run(CHROMIUM_PATH, ['--version']),
    gitCommit: run('git', ['rev-parse', 'HEAD']),
    gitDirty: status === null ? null : status.length > 0,
    tmpDir: tmpdir(),
    tmpFsType: FS_TYPES[fsType] ?? `0x${fsType.toString(16)}`,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** 1, 5 and 15 minute load averages, rounded. */
export function loadAverage(): number[] {
  return loadavg().map((l) => Math.round(l * 100) / 100);
}
