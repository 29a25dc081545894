import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Which process has the shop file open, so support tools (a restore from the command line) never
 * swap the file under a running host, which would keep writing bills into the file it had open.
 * SQLite's own locks say nothing about a connection that is merely open; this file does.
 */
export const lockFileOf = (dbFile: string) => `${dbFile}.host-lock`;

interface LockBody {
  pid: number;
  startedAt: string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The pid of another live process holding the file, or null. */
export function runningHost(dbFile: string): number | null {
  const file = lockFileOf(dbFile);
  if (!existsSync(file)) return null;
  try {
    const body = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockBody>;
    const pid = typeof body.pid === 'number' ? body.pid : null;
    return pid !== null && pid !== process.pid && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

export function takeHostLock(dbFile: string): () => void {
  const file = lockFileOf(dbFile);
  const body: LockBody = { pid: process.pid, startedAt: new Date().toISOString() };
  writeFileSync(file, JSON.stringify(body), { mode: 0o600 });
  return () => {
    try {
      const held = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockBody>;
      if (held.pid === process.pid) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
}
