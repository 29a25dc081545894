import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { PrintError } from '../../printers/errors';
import { openDevice } from '../../printers/transports/device';
import { allowDevicePaths, checkDevicePath, forbidDeviceRoots, osDevicePatterns, resetDevicePolicy } from '../../printers/transports/device-paths';
import { openSerial } from '../../printers/transports/serial';
import { hostWithClients, tempDir, type TestHost } from '../support/test-host';

/**
 * An owner's token once pointed the receipt printer at the live shop file: the test print
 * truncated it, the host kept answering, and the next start found every bill gone.
 */
let host: TestHost;
let owner: ApiClient;
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeEach(async () => {
  resetDevicePolicy();
  ({ host, owner } = await hostWithClients({ owner: 'owner' }));
});
afterEach(() => host.dispose());

async function refusal(p: Promise<unknown>): Promise<PrintError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(PrintError);
  return e as PrintError;
}

describe('a printer pointed at the shop’s own file', () => {
  it('is refused by the test print, the saved printer and the pole display; the file is untouched and still opens', async () => {
    const shopFile = join(host.dir, 'shop.sqlite');
    host.store.checkpoints.flush();
    const before = digest(shopFile);
    for (const printer of [
      { kind: 'device' as const, path: shopFile, width: 48 as const },
      { kind: 'serial' as const, path: shopFile, baudRate: 9600 as const, width: 48 as const },
    ]) {
      const check = await owner.call('printing.testPrint', { printer });
      expect(check.ok).toBe(false);
      expect(check.message).toMatch(/inside the app’s own data folder|is a file, not a device/);
    }
    host.store.checkpoints.flush();
    expect(digest(shopFile)).toBe(before);
    await owner.call('shop.update', {
      printer: { kind: 'device', path: shopFile, width: 48 },
      poleDisplay: { kind: 'serial', path: shopFile, baudRate: 9600 },
    });
    const staff = await host.as('staff');
    const bill = await staff.call('billing.postInvoice', {
      clientRef: 'device-attack-0001',
      lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 2800 }],
    });
    await host.printsIdle();
    expect((await staff.call('billing.getInvoice', { id: bill.id })).print.status).toBe('failed');
    host.store.checkpoints.flush();
    expect(statSync(shopFile).size).toBeGreaterThan(100_000);
    const copy = new Database(shopFile, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare("SELECT count(*) AS n FROM invoices WHERE client_ref = 'device-attack-0001'").get() as { n: number }).n).toBe(1);
    copy.close();
  });
});

describe('which paths a device may be opened at', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir('sk-devices-')));
  afterEach(() => cleanup());

  it('refuses a regular file, a folder, a link to a file, and a file named like a printer', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'keep me');
    mkdirSync(join(dir, 'usb'));
    writeFileSync(join(dir, 'usb', 'lp0'), 'keep me too');
    symlinkSync(file, join(dir, 'ttyUSB0'));
    for (const path of [file, dir, join(dir, 'ttyUSB0'), join(dir, 'usb', 'lp0')]) {
      expect((await refusal(checkDevicePath(path, 'printer'))).failure, path).toBe('not-set-up');
      await refusal(openDevice(path));
      await refusal(openSerial({ path, baudRate: 9600 }));
    }
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, 'usb', 'lp0'), 'utf8')).toBe('keep me too');
  });

  it('refuses a character device the system does not name as a printer, until it is confirmed at the PC', async () => {
    expect((await refusal(checkDevicePath('/dev/null', 'printer'))).message).toMatch(/is not a printer or serial port the system names/);
    symlinkSync('/dev/null', join(dir, 'printer-link'));
    await refusal(checkDevicePath(join(dir, 'printer-link'), 'printer'));
    allowDevicePaths(['/dev/null']);
    expect(await checkDevicePath(join(dir, 'printer-link'), 'printer')).toBe('/dev/null');
    const link = await openDevice(join(dir, 'printer-link'));
    await link.write(Buffer.from('receipt'));
    await link.close();
  });

  it('refuses even a confirmed device inside the app’s folders', async () => {
    const device = join(dir, 'lp0');
    try {
      execFileSync('mknod', [device, 'c', '1', '3']);
    } catch {
      return; // this machine may not make device files; the check is the same one as above
    }
    forbidDeviceRoots([dir]);
    allowDevicePaths([device]);
    expect((await refusal(checkDevicePath(device, 'printer'))).message).toMatch(/inside the app’s own data folder/);
  });

  it('knows the names each system gives printers and serial ports', () => {
    const named = (path: string, use: 'printer' | 'serial', platform: NodeJS.Platform) => osDevicePatterns(use, platform).some((p) => p.test(path));
    for (const p of ['/dev/usb/lp0', '/dev/lp1', '/dev/ttyS0', '/dev/ttyUSB3', '/dev/ttyACM0', '/dev/rfcomm0'])
      expect(named(p, 'printer', 'linux'), p).toBe(true);
    for (const p of ['/dev/sda', '/dev/null', '/dev/usb/lp0/../../sda', '/home/shop/shop.sqlite', '/dev/ttyUSB0x'])
      expect(named(p, 'printer', 'linux'), p).toBe(false);
    expect(named('/dev/usb/lp0', 'serial', 'linux')).toBe(false);
    for (const p of ['/dev/cu.usbserial-1420', '/dev/tty.Bluetooth-Incoming-Port']) expect(named(p, 'serial', 'darwin'), p).toBe(true);
    for (const p of ['COM3', '\\\\.\\COM12', 'LPT1', '\\\\localhost\\POS58']) expect(named(p, 'printer', 'win32'), p).toBe(true);
    for (const p of ['C:\\Users\\shop\\AppData\\Roaming\\SmartKirana\\shop.sqlite', '\\\\server\\share\\file.txt', 'CON', 'COM3:', '..\\shop.sqlite'])
      expect(named(p, 'printer', 'win32'), p).toBe(false);
  });

  it('on Windows, refuses a file path by its name before touching it', async () => {
    await refusal(checkDevicePath('C:\\Users\\shop\\AppData\\Roaming\\SmartKirana\\shop.sqlite', 'printer', 'win32'));
    expect(await checkDevicePath('\\\\localhost\\POS58', 'printer', 'win32')).toBe('\\\\localhost\\POS58');
  });
});
