import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseUpiLink } from '../../app/core/payments/upi';
import { startHttpServer } from '../../app/host/transports/http';
import { decodeEscPos, receiptText } from '../../printers/virtual/decode';
import { startVirtualPrinter } from '../../printers/virtual/server';
import { RENDERER_DIR } from '../support/served-host';
import { makeTestHost } from '../support/test-host';
import { useChromium } from './support/served-browser';

const OUT = 'test-results/shop-setup';
let browser: Browser;
useChromium((b) => (browser = b), OUT);

const qrIn = (png: Buffer): string | null => {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data ?? null;
};

interface Variant {
  name: string;
  viewport: { width: number; height: number };
  touch: boolean;
  lang: 'en' | 'hi';
  registration: 'regular' | 'composition';
  gstin: string;
  vpa: string;
}

const VARIANTS: Variant[] = [
  {
    name: 'regular-en-1366',
    viewport: { width: 1366, height: 768 },
    touch: false,
    lang: 'en',
    registration: 'regular',
    gstin: '27AAACR5055K1Z7',
    vpa: 'guptakirana@okaxis',
  },
  {
    name: 'composition-hi-820',
    viewport: { width: 820, height: 1180 },
    touch: true,
    lang: 'hi',
    registration: 'composition',
    gstin: '27AAACT2727Q1ZW',
    vpa: 'pateldukan@oksbi',
  },
  {
    name: 'regular-hi-390',
    viewport: { width: 390, height: 844 },
    touch: true,
    lang: 'hi',
    registration: 'regular',
    gstin: '27AAACR5055K1Z7',
    vpa: 'guptakirana@okaxis',
  },
];

const WORDS = {
  en: {
    next: 'Next',
    finish: 'Finish set-up',
    setUp: /Set up my shop/,
    shopName: 'Shop name',
    gstin: 'GSTIN',
    upi: 'UPI ID',
    number: 'Next bill number',
    savePdf: 'Save as PDF',
    goOn: 'Go to sign-in',
    tickFirst: 'Tick the box',
    sheet: 'Keep this sheet safe',
  },
  hi: {
    next: 'आगे',
    finish: 'सेट-अप पूरा करें',
    setUp: /मेरी दुकान सेट करें/,
    shopName: 'दुकान का नाम',
    gstin: 'जीएसटीआईएन',
    upi: 'यूपीआई आईडी',
    number: 'अगला बिल नंबर',
    savePdf: 'PDF में सहेजें',
    goOn: 'साइन-इन पर जाएँ',
    tickFirst: 'डिब्बे पर सही का निशान',
    sheet: 'यह पर्चा संभालकर',
  },
};

/** Nothing of the page runs off its right edge (the phone and tablet widths). */
async function fitsWidth(page: Page): Promise<void> {
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over).toBeLessThanOrEqual(0);
}

async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert');
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

describe.each(VARIANTS)('a new owner sets up a real shop ($name)', (v) => {
  it('from a fresh install to the first bill: receipt, A4 invoice and reminder carry the GSTIN and the UPI ID', async () => {
    const host = makeTestHost({ setup: 'none' });
    const printer = await startVirtualPrinter();
    const http = await startHttpServer(host, { port: 0, staticDir: RENDERER_DIR });
    const context = await browser.newContext({ viewport: v.viewport, hasTouch: v.touch, isMobile: v.touch });
    const page = await context.newPage();
    const w = WORDS[v.lang];
    const shot = (step: string) => page.screenshot({ path: join(OUT, `${v.name}-${step}.png`) });
    try {
      await page.goto(http.url);
      if (v.lang === 'hi') await page.getByRole('button', { name: 'हिंदी' }).click();
      await page.getByRole('button', { name: w.setUp }).click();
      await shot('1-shop');
      const next = () => page.getByRole('button', { name: w.next, exact: true }).click();

      // An empty name is refused, naming the field, in the reader's language.
      await next();
      expect(await alertText(page)).toContain(w.shopName);
      await page.locator('input[name=shopName]').fill(v.lang === 'hi' ? 'पटेल किराना' : 'Gupta Kirana');
      await page.locator('input[name=address]').fill('12 MG Road, Pune');
      await page.locator('select[name=stateCode]').selectOption('27');
      await page.locator('input[name=phone]').fill('9826011111');
      await next();

      // GST: a wrong check character, then a GSTIN of another state, then the right one.
      await page.locator(`input[name=registration][value=${v.registration}]`).check();
      await page.locator('input[name=gstin]').fill(`${v.gstin.slice(0, 14)}${v.gstin[14] === 'A' ? 'B' : 'A'}`);
      await next();
      expect(await alertText(page)).toContain(w.gstin);
      await page.locator('input[name=gstin]').fill(`23${v.gstin.slice(2)}`);
      await next();
      expect(await alertText(page)).toContain(w.gstin);
      await page.locator('input[name=gstin]').fill(v.gstin);
      await next();

      // UPI: without @ refused; then a test QR that a phone reads as the shop's UPI ID.
      await page.locator('input[name=upiVpa]').fill(v.vpa.replace('@', '.'));
      await next();
      expect(await alertText(page)).toContain(w.upi);
      await page.locator('input[name=upiVpa]').fill(v.vpa);
      await page.locator('input[name=upiPayee]').fill('R K Gupta');
      await page.getByRole('button', { name: v.lang === 'hi' ? 'टेस्ट क्यूआर दिखाएँ' : 'Show a test QR' }).click();
      const qr = page.getByTestId('upi-test-qr');
      await qr.waitFor();
      await shot('3-upi');
      const testLink = qrIn(await qr.screenshot());
      expect(testLink && parseUpiLink(testLink)).toMatchObject({ pa: v.vpa, pn: 'R K Gupta' });
      await next();

      // Numbers: a paper book continued at 0542; 17 characters refused first.
      await page.locator('input[name=numbering]').nth(1).check();
      await page.locator('input[name=salePrefix]').fill('GUPTAKIRANA/26');
      await page.locator('input[name=saleNext]').fill('01');
      await page.locator('input[name=creditNotePrefix]').fill('GKCN');
      await page.locator('input[name=creditNoteNext]').fill('1');
      await next();
      expect(await alertText(page)).toContain(w.number);
      await page.locator('input[name=salePrefix]').fill('GK/2627');
      await page.locator('input[name=saleNext]').fill('0542');
      await shot('4-numbers');
      await next();
      await page.locator('input[name=catalogue]').nth(1).check();
      await next();
      await page.locator('input[name=ownerName]').fill('Ramesh Gupta');
      await page.locator('input[name=ownerPin]').fill('482913');
      await page.locator('input[name=ownerPinAgain]').fill('482913');
      await shot('6-owner');
      await fitsWidth(page);
      await page.getByRole('button', { name: w.finish }).click();

      // The recovery code, shown once: its PDF sheet carries it with the words to keep it safe,
      // and going on asks first that it was printed or written down.
      const codeText = ((await page.getByTestId('recovery-code').textContent()) ?? '').trim();
      expect(codeText).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
      await fitsWidth(page);
      await shot('7-recovery');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.savePdf }).click()]);
      const sheetFile = join(OUT, `${v.name}-recovery.pdf`);
      await download.saveAs(sheetFile);
      const sheet = execFileSync('pdftotext', ['-layout', sheetFile, '-'], { encoding: 'utf8' });
      expect(sheet).toContain(codeText);
      if (v.lang === 'en') expect(sheet).toContain(w.sheet);
      await page.getByRole('button', { name: w.goOn }).click();
      expect(await alertText(page)).toContain(w.tickFirst);
      await page.locator('input[name=recoveryKept]').check();
      await page.getByRole('button', { name: w.goOn }).click();

      // The login screen shows the new owner; no DEMO banner.
      await page.getByRole('button', { name: /Ramesh Gupta/ }).click();
      await page.keyboard.type('482913');
      await page.keyboard.press('Enter');
      await page.locator('.shell').waitFor();
      expect(await page.getByTestId('demo-banner').count()).toBe(0);
      await shot('8-signed-in');

      // The first bill, on khata, through the host the screens use.
      const anon = host.client();
      const ownerId = (await anon.call('auth.users', {}))[0]?.id ?? '';
      const owner = host.client((await anon.call('auth.login', { userId: ownerId, pin: '482913', deviceId: `e2e-${v.name}`, deviceName: 'Counter' })).token);
      await owner.call('shop.update', { printer: { kind: 'tcp', host: printer.host, port: printer.port, width: 48 } });
      const customer = await owner.call('customers.add', { name: 'Sunita Sharma', phone: '9876543210', creditLimitPaise: 500000 });
      const bill = await owner.call('billing.postInvoice', {
        clientRef: `e2e-first-${v.name}`,
        customerId: customer.id,
        lines: [{ productId: 'prod-demo-004', qtyMilli: 2000 }],
        tenders: [{ method: 'credit', amountPaise: 5600 }],
      });
      expect(bill.number).toBe('GK/2627/0542');

      const receipt = decodeEscPos((await printer.waitForJob(0)).bytes);
      expect(receiptText(receipt).join('\n')).toContain(`GSTIN: ${v.gstin}`);
      expect(receiptText(receipt).join('\n')).not.toContain('DEMO');
      expect(receipt.qr.map((q) => parseUpiLink(q)?.pa)).toContain(v.vpa);

      const pdf = await owner.call('printing.invoicePdf', { invoiceId: bill.id, size: 'A4' });
      const pdfFile = join(OUT, `${v.name}-invoice.pdf`);
      writeFileSync(pdfFile, Buffer.from(pdf.base64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
      expect(text).toContain(v.gstin);
      expect(text).toContain(v.registration === 'composition' ? 'BILL OF SUPPLY' : 'TAX INVOICE');
      execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', pdfFile, join(OUT, `${v.name}-invoice`)]);
      const page1 = execFileSync('sh', ['-c', `ls ${join(OUT, `${v.name}-invoice`)}*.png | head -1`], { encoding: 'utf8' }).trim();
      const invoiceQr = qrIn(readFileSync(page1));
      expect(invoiceQr && parseUpiLink(invoiceQr)?.pa).toBe(v.vpa);

      // The code on the screen is the shop's: it unlocks the owner once.
      const recover = () => anon.call('auth.recover', { deviceId: `e2e-${v.name}`, userId: ownerId, code: codeText });
      expect(await recover()).toEqual({ ok: true });
      await expect(recover()).rejects.toMatchObject({ code: 'FORBIDDEN' });

      const reminder = await owner.call('khata.reminder', { customerId: customer.id, lang: v.lang });
      expect(reminder.upiLink && parseUpiLink(reminder.upiLink)).toMatchObject({ pa: v.vpa, pn: 'R K Gupta', am: '56.00' });
      expect(reminder.text).toContain(v.lang === 'hi' ? 'पटेल किराना' : 'Gupta Kirana');
    } finally {
      await context.close();
      await http.close();
      await host.printsIdle();
      await printer.close();
      host.dispose();
    }
  }, 120_000);
});
