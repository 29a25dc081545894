import { chmodSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the shop's data lives: the same folder Electron's app.getPath('userData') uses,
 * so the desktop app and the headless host open the same file.
 */
export function userDataDir(appName = 'SmartKirana'): string {
  const override = process.env.SMARTKIRANA_DATA_DIR;
  const dir =
    override ??
    (process.platform === 'win32'
      ? join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appName)
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support', appName)
        : join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appName));
  // Owner-only: the shop file, its backups and this PC's settings live here.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(dir, 0o700);
  return dir;
}

export const shopFile = (dir: string) => join(dir, 'shop.sqlite');
