import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseUpiLink } from '../../app/core/payments/upi';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { dotAt, qrBitmap } from '../../printers/raster/bitmap';
import { launchChromium, logIn, scanCode } from '../support/browser';
import { serveTestHost, type ServedHost } from '../support/served-host';

/** The customer display following the counter, and the camera as a scanner (Chromium's fake camera). */
let served: ServedHost;
let browser: Browser;
let counter: Page;
let display: Page;

const scan = (code: string) => scanCode(counter, code);

function qrOnScreen(png: Buffer): string | null {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data ?? null;
}

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  served = await serveTestHost();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  counter = await context.newPage();
  await counter.goto(served.http.url);
  await logIn(counter, /Pooja \(Staff\)/, '3333');
  await counter.getByRole('navigation', { name: 'Screens' }).waitFor();
  // The second monitor: the same PC, its own window, opened at #/display.
  display = await context.newPage();
  await display.setViewportSize({ width: 1024, height: 600 });
  await display.goto(`${served.http.url}/#/display`);
  await logIn(display, /Suresh \(Manager\)/, '2222');
  await display.getByTestId('customer-display').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('customer display', () => {
  it('follows the open bill, shows the UPI QR for the amount at payment, then the change', async () => {
    await counter.bringToFront();
    await scan(demoBarcode(1));
    await scan(demoBarcode(14));
    await expect.poll(() => display.getByTestId('display-line').count(), { timeout: 10_000 }).toBe(2);
    const payable = (await served.host.deps.display.current())?.payablePaise ?? 0;
    expect(payable).toBe(31000);
    await expect.poll(() => display.getByTestId('display-total').textContent()).toContain('₹310.00');
    await display.screenshot({ path: 'test-results/display-cart.png' });

    await counter.keyboard.press('F9'); // the cashier goes to payment
    await display.getByTestId('display-qr').waitFor();
    const shot = await display.screenshot({ path: 'test-results/display-payment-qr.png' });
    const link = qrOnScreen(shot);
    expect(link).not.toBeNull();
    expect(parseUpiLink(link!)).toMatchObject({ pa: 'sharmastore@upi', am: '310.00', cu: 'INR' });

    // Cash instead: the QR goes, and after the bill the display shows the change.
    await counter.getByLabel('Cash received').fill('500');
    await expect.poll(() => display.getByTestId('display-qr').count()).toBe(0);
    await counter.keyboard.press('F10');
    await expect.poll(() => display.getByTestId('display-change').textContent(), { timeout: 10_000 }).toBe('₹190.00');
    await display.screenshot({ path: 'test-results/display-done.png' });
  });

  it('saves the last bill as an invoice PDF from the counter', async () => {
    await counter.bringToFront();
    const [download] = await Promise.all([counter.waitForEvent('download'), counter.getByRole('button', { name: /Invoice PDF/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^D\d-2627-00001\.pdf$/);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await counter.screenshot({ path: 'test-results/counter-last-bill-share.png' });
  });
});

/** A Y4M video (Chromium's fake camera) of a QR code on white, 640 × 480, grey. */
function y4mOf(data: string): Buffer {
  const [w, h] = [640, 480];
  const qr = qrBitmap(data, 384, 8);
  const y = Buffer.alloc(w * h, 235);
  const [ox, oy] = [(w - qr.width) / 2, (h - qr.height) / 2];
  for (let r = 0; r < qr.height; r++) for (let c = 0; c < qr.width; c++) if (dotAt(qr, c, r)) y[(oy + r) * w + ox + c] = 16;
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]);
}

describe('camera scanning', () => {
  // A second browser starts with a fake camera: slower to start than a page.
  it('reads a code from the camera with zxing-wasm served by the app, never a CDN', async () => {
    const video = 'test-results/camera-qr.y4m';
    writeFileSync(video, y4mOf(demoBarcode(23)));
    const cam = await launchChromium(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    try {
      const page = await cam.newPage({ viewport: { width: 1366, height: 768 } });
      const hosts = new Set<string>();
      page.on('request', (r) => hosts.add(new URL(r.url()).host));
      await page.goto(served.http.url);
      await logIn(page, /Pooja \(Staff\)/, '3333');
      await page.getByRole('navigation', { name: 'Screens' }).waitFor();
      await page.getByRole('button', { name: /Camera/ }).click();
      await page.getByTestId('camera-view').waitFor();
      await page.screenshot({ path: 'test-results/camera-dialog.png' });
      await expect.poll(() => page.getByTestId('cart-line').count(), { timeout: 15_000 }).toBe(1);
      expect(await page.getByTestId('cart-line').first().textContent()).toContain('Bru Instant Coffee');
      expect([...hosts]).toEqual([new URL(served.http.url).host]);
      expect(readFileSync(video).length).toBeGreaterThan(0);
    } finally {
      await cam.close();
    }
  }, 60_000);
});
