import { SerialPort } from 'serialport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { decodeEscPos, receiptText } from '../../printers/virtual/decode';
import { scanCode } from '../support/browser';
import { ptyPair, type PtyPair } from '../support/pty';
import type { ServedHost } from '../support/served-host';
import { closeServedBrowser, openServedDesk, signInAt } from './support/served-browser';

/** The owner's hardware screens, driven as the owner would: keyboard first, results on paper. */
let served: ServedHost;
let browser: Browser;
let page: Page;
let pty: PtyPair;

beforeAll(async () => {
  ({ served, browser, page } = await openServedDesk({ results: 'test-results' }));
  pty = await ptyPair();
  await signInAt(page, served.http.url);
});
afterAll(async () => {
  await closeServedBrowser({ served, browser });
  pty?.close();
});

describe('printer settings', () => {
  it('sets up a 58 mm network printer, prints a test page with F5, checks status with F6, saves with F10', async () => {
    await page.goto(`${served.http.url}/#/settings/printer`);
    await page.getByTestId('printer-settings').waitFor();
    await page.getByRole('region', { name: 'Receipt printer' }).getByLabel('Connected by').selectOption({ label: 'Network (LAN / Wi-Fi, port 9100)' });
    const printerPanel = page.getByRole('region', { name: 'Receipt printer' });
    await printerPanel.getByLabel('IP address').fill(served.printer.host);
    await printerPanel.getByLabel('Port', { exact: true }).fill(String(served.printer.port));
    await page.getByLabel('Paper width').selectOption({ label: '58 mm (32 characters)' });
    await page.getByLabel('UPI QR on receipt').selectOption({ label: 'As an image (printers without QR)' });
    await page.keyboard.press('F5');
    await expect.poll(() => page.getByTestId('printer-result').textContent()).toContain('Ready');
    const testPage = decodeEscPos((await served.printer.waitForJob(0)).bytes, { strict: true });
    expect(receiptText(testPage)).toContain('12345678901234567890123456789012');
    expect(testPage.qr).toEqual(['upi://pay?pa=sharmastore%40upi&pn=Sharma%20General%20Store&cu=INR']); // read back from the dots
    await page.screenshot({ path: 'test-results/printer-settings.png', fullPage: true });

    const owner = await served.host.as('owner', 'e2e-printer-check');
    expect((await owner.call('shop.get', {})).printer).toMatchObject({ width: 48 }); // F5 saved nothing
    await page.keyboard.press('F10');
    await expect
      .poll(async () => (await owner.call('shop.get', {})).printer)
      .toMatchObject({ kind: 'tcp', port: served.printer.port, width: 32, qr: 'raster' });
    await served.printer.setFault('paper-out');
    // F6 waits until the save has answered and the screen knows the saved printer
    await expect.poll(() => page.getByRole('button', { name: /Check status/ }).isEnabled()).toBe(true);
    await page.keyboard.press('F6');
    await expect.poll(() => page.getByTestId('printer-result').textContent()).toContain('out of paper');
    await page.screenshot({ path: 'test-results/printer-settings-paper-out.png' });
    await served.printer.setFault('none');
  });
});

describe('scanner settings and test', () => {
  it('lists scans with their timings, ignores a person typing, and takes a scan out of a focused field', async () => {
    await page.goto(`${served.http.url}/#/settings/scanner`);
    await page.getByTestId('scanner-settings').waitFor();
    const box = page.getByLabel('Type here (a scan into this box is caught too)');
    await box.click();
    // a person: 120 ms a key, then Enter
    await page.keyboard.type('8901234', { delay: 120 });
    await page.keyboard.press('Enter');
    // a scanner, while the box has focus
    await scanCode(page, '2000000000015');
    await expect.poll(() => page.getByTestId('scan-row').count()).toBe(1);
    expect(await box.inputValue()).toBe('8901234'); // the scan's digits were taken back out
    const row = await page.getByTestId('scan-row').first().textContent();
    expect(row).toContain('2000000000015');
    expect(row).toContain('keyboard');
    expect(row).toContain('timing');
    // a scanner in keypad mode with NumLock off (as here): End, ArrowDown… whose codes say the digit
    for (const d of '2000000000022') await page.keyboard.press(`Numpad${d}`);
    await page.keyboard.press('NumpadEnter');
    await expect.poll(() => page.getByTestId('scan-row').first().textContent()).toContain('2000000000022');
    await page.screenshot({ path: 'test-results/scanner-settings.png', fullPage: true });
  });

  it('saves a prefix and a serial scanner; a serial scan shows up as such', async () => {
    await page.getByLabel('Prefix key (blank: none)').fill('F13');
    await page.getByLabel('Serial scanner port (blank: none)').fill(pty.a);
    await page.keyboard.press('F10');
    const owner = await served.host.as('owner', 'e2e-scanner-check');
    await expect
      .poll(async () => (await owner.call('shop.get', {})).scanner)
      .toMatchObject({ prefix: 'F13', serial: { path: pty.a, baudRate: 9600, suffix: 'CR' } });
    await new Promise((r) => setTimeout(r, 300)); // the host opens the port
    const scanner = new SerialPort({ path: pty.b, baudRate: 9600 });
    scanner.write('2000000000039\r');
    await expect.poll(() => page.getByTestId('scan-row').first().textContent()).toContain('2000000000039');
    expect(await page.getByTestId('scan-row').first().textContent()).toContain('serial');
    scanner.close();
    // with a prefix set, slow keys between F13 and Enter are still one scan
    // F13 exists on scanners, not on keyboards (nor in Playwright): send it as the scanner does
    await page.evaluate("document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'F13', bubbles: true }))");
    await page.keyboard.type('123456', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('scan-row').first().textContent()).toContain('prefix');
    await owner.call('shop.update', { scanner: { serial: null } });
  });
});
