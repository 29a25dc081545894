import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { PrintError } from '../errors';

/**
 * Which paths a printer, pole display or scanner may be opened at. A device path comes from the
 * shop's settings, which an owner's token can change from the Wi-Fi; opened for writing, a path
 * to the shop's own file would be overwritten. So a path is used only if, after following every
 * link, it is a character device that the operating system names as a printer or serial port,
 * or one the owner listed at the counter PC itself (the host's local settings file), and it is
 * never inside the app's own folders. Checked here, on every open, whoever asks.
 */
export type DeviceUse = 'printer' | 'serial';

export interface DevicePolicy {
  /** further device paths confirmed at this PC (e.g. a pty bridge, /dev/pts/3), compared after resolving links */
  allowed: readonly string[];
  /** folders no device may be in (the data folder with the shop file and its backups) */
  forbiddenRoots: readonly string[];
}

let policy: DevicePolicy = { allowed: [], forbiddenRoots: [] };

/**
 * One PC, one set of devices: what a host adds (from its local settings) holds for the process,
 * and only ever widens by paths confirmed at this PC and narrows by more forbidden folders.
 */
export function allowDevicePaths(paths: readonly string[]): void {
  policy = { ...policy, allowed: [...new Set([...policy.allowed, ...paths])] };
}

export function forbidDeviceRoots(roots: readonly string[]): void {
  policy = { ...policy, forbiddenRoots: [...new Set([...policy.forbiddenRoots, ...roots.map((r) => resolve(r))])] };
}

export function devicePolicy(): DevicePolicy {
  return policy;
}

/** Back to what the operating system names, and nothing else (tests). */
export function resetDevicePolicy(): void {
  policy = { allowed: [], forbiddenRoots: [] };
}

const SERIAL_LINUX = [/^\/dev\/ttyS\d+$/, /^\/dev\/ttyUSB\d+$/, /^\/dev\/ttyACM\d+$/, /^\/dev\/rfcomm\d+$/];
const PRINTER_LINUX = [/^\/dev\/usb\/lp\d+$/, /^\/dev\/lp\d+$/];
const MAC = [/^\/dev\/cu\.[\w.-]+$/, /^\/dev\/tty\.[\w.-]+$/];
const SERIAL_WINDOWS = [/^COM\d{1,3}$/i, /^\\\\\.\\COM\d{1,3}$/i];
// LPT ports, and a shared printer queue (\\localhost\POS58): a share name, never a file path under it.
const PRINTER_WINDOWS = [/^LPT\d$/i, /^\\\\\.\\LPT\d$/i, /^\\\\[A-Za-z0-9_.-]+\\[^\\/:*?"<>|]+$/];

/** The names the operating system gives printers and serial ports. */
export function osDevicePatterns(use: DeviceUse, platform: NodeJS.Platform): RegExp[] {
  if (platform === 'win32') return use === 'printer' ? [...PRINTER_WINDOWS, ...SERIAL_WINDOWS] : SERIAL_WINDOWS;
  if (platform === 'darwin') return MAC;
  return use === 'printer' ? [...PRINTER_LINUX, ...SERIAL_LINUX] : SERIAL_LINUX;
}

const refused = (path: string, why: string) =>
  new PrintError(`${path} ${why}. Choose a printer or serial port the computer lists, or confirm this one on the counter PC (docs/security.md).`, 'not-set-up');

const inside = (root: string, path: string) => {
  const rel = relative(resolve(root), path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

async function resolved(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}

/**
 * The path to open, after the checks above; throws a PrintError the owner can act on. On
 * Windows, device names have no file to inspect, so the name itself must be a port or a share.
 */
export async function checkDevicePath(path: string, use: DeviceUse, platform: NodeJS.Platform = process.platform): Promise<string> {
  if (path.length === 0 || path.includes('\0')) throw refused(JSON.stringify(path), 'is not a device path');
  if (platform === 'win32') {
    const named = osDevicePatterns(use, platform).some((p) => p.test(path));
    if (named || policy.allowed.some((a) => a.toLowerCase() === path.toLowerCase())) return path;
    throw refused(path, 'is not a printer port, serial port or shared printer');
  }
  if (!isAbsolute(path)) throw refused(path, 'is not a device path');
  const real = await resolved(path);
  if (real === null) throw new PrintError(`${use === 'printer' ? 'Printer at' : 'Port'} ${path} is not there (is it plugged in and switched on?)`, 'offline');
  if (policy.forbiddenRoots.some((root) => inside(root, real))) throw refused(path, 'is inside the app’s own data folder');
  const info = await stat(real);
  if (!info.isCharacterDevice()) throw refused(path, info.isDirectory() ? 'is a folder, not a device' : 'is a file, not a device');
  if (osDevicePatterns(use, platform).some((p) => p.test(real))) return real;
  for (const entry of policy.allowed) if ((await resolved(entry)) === real) return real;
  throw refused(path, `(${real}) is not a printer or serial port the system names`);
}
