import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Settings that belong to this PC, not to the shop's books, in a small JSON file beside the shop
 * file. Nothing reaches them over the network: only someone at the counter PC (or support, with
 * `npm run backup -- folder …`) changes them. That is what makes them fit for what an owner's
 * token must not be able to do from the Wi-Fi: choose device paths, names the host answers to,
 * and where backups are written.
 */
export const LocalSettings = z.object({
  /** a second place for backups: a USB stick or a synced folder; null for the data folder only */
  backupFolder: z.string().min(1).max(1000).nullable().default(null),
  /** names the host answers to besides loopback and the LAN addresses (e.g. kirana-pc.local) */
  allowedHosts: z.array(z.string().min(1).max(253)).max(20).default([]),
  /** device paths confirmed at this PC that the OS does not name as printers or serial ports */
  allowedDevices: z.array(z.string().min(1).max(1000)).max(20).default([]),
});
export type LocalSettings = z.output<typeof LocalSettings>;

export const LOCAL_SETTINGS_FILE = 'host-settings.json';

export const localSettingsFile = (dataDir: string) => join(dataDir, LOCAL_SETTINGS_FILE);

/** The settings, or the defaults when there is no file; a broken file is reported, and its defaults used. */
export function readLocalSettings(dataDir: string, log: (m: string) => void = () => {}): LocalSettings {
  const file = localSettingsFile(dataDir);
  if (!existsSync(file)) return LocalSettings.parse({});
  try {
    const parsed = LocalSettings.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
    log(`${file} has a value that does not fit (${parsed.error.issues[0]?.path.join('.') ?? ''}): using the defaults`);
  } catch (e) {
    log(`${file} cannot be read (${(e as Error).message}): using the defaults`);
  }
  return LocalSettings.parse({});
}

export function writeLocalSettings(dataDir: string, settings: LocalSettings): void {
  const file = localSettingsFile(dataDir);
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(LocalSettings.parse(settings), null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
}
