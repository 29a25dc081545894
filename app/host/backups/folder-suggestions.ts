import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir, platform, userInfo } from 'node:os';
import { join } from 'node:path';

const SYNCED = ['Google Drive', 'My Drive', 'OneDrive', 'Dropbox', 'iCloud Drive'];
const MAX = 10;

const isFolder = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

const childrenOf = (dir: string) => {
  try {
    return readdirSync(dir).map((n) => join(dir, n));
  } catch {
    return [];
  }
};

/**
 * Where an owner's second copy usually lives on this PC: plugged-in drives (USB sticks) and the
 * folders Google Drive, OneDrive and Dropbox keep in sync. Only suggestions: the owner may type any
 * folder, and the host checks it before it is kept.
 */
export function backupFolderSuggestions(): string[] {
  const home = homedir();
  const user = (() => {
    try {
      return userInfo().username;
    } catch {
      return '';
    }
  })();
  const drives =
    platform() === 'win32'
      ? 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => `${l}:\\`)
      : platform() === 'darwin'
        ? childrenOf('/Volumes').filter((p) => p !== '/Volumes/Macintosh HD')
        : [...childrenOf(join('/media', user)), ...childrenOf(join('/run/media', user)), ...childrenOf('/mnt')];
  const synced = SYNCED.map((n) => join(home, n));
  return [...drives, ...synced].filter((p) => existsSync(p) && isFolder(p)).slice(0, MAX);
}
