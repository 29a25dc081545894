import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startHttpServer } from '../../app/host/transports/http';
import { RENDERER_DIR } from '../support/served-host';
import { makeTestHost } from '../support/test-host';
import { returnPart } from '../support/selling';
import { useChromium } from './support/served-browser';

const OUT = 'test-results/demo-to-real';
let browser: Browser;
useChromium((b) => (browser = b), OUT);

const shot = (page: Page, step: string) => page.screenshot({ path: `${OUT}/${step}.png`, style: '.toasts { display: none }' });
const GSTIN = '27AAACR5055K1Z7';

describe('the demo, left for a real shop without reinstalling', () => {
  it('demo bills stay out of the real books; the PAN shows as the GSTIN is typed; a used bill number is refused on Settings → Shop in Hindi', async () => {
    const host = makeTestHost({ setup: 'none' });
    const http = await startHttpServer(host, { port: 0, staticDir: RENDERER_DIR });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    try {
      await page.goto(http.url);
      await page.getByRole('button', { name: /Try the demo shop/ }).click();
      await page.getByTestId('demo-banner').waitFor();
      // A bill in the demo, at a counter the demo registered.
      const anon = host.client();
      const staffUser = (await anon.call('auth.users', {})).find((u) => u.role === 'staff');
      const staff = host.client(
        (await anon.call('auth.login', { userId: staffUser?.id ?? '', pin: '3333', deviceId: 'demo-counter-1', deviceName: 'Counter' })).token,
      );
      const demoBill = await staff.call('billing.postInvoice', {
        clientRef: 'demo-walk-0001',
        lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
        tenders: [{ method: 'cash', amountPaise: 2800 }],
      });
      expect(demoBill.number).toMatch(/^C1\//);

      await page.getByRole('button', { name: /Ramesh \(Owner\)/ }).click();
      await page.keyboard.type('1111');
      await page.keyboard.press('Enter');
      await page.getByRole('navigation', { name: 'Screens' }).waitFor();
      await page.goto(`${http.url}/#/settings/shop`);
      await page.getByRole('button', { name: 'Leave the demo and set up my shop' }).click();

      // Back at the first-run choice, in the same install: set up the real shop.
      await page.getByRole('button', { name: /Set up my shop/ }).click();
      await page.locator('input[name=shopName]').fill('Gupta Kirana');
      await page.locator('input[name=address]').fill('12 MG Road, Pune');
      await page.locator('select[name=stateCode]').selectOption('27');
      await page.locator('input[name=phone]').fill('9826011111');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.locator('input[name=registration][value=regular]').check();
      await page.locator('input[name=gstin]').fill(GSTIN);
      await expect.poll(() => page.getByTestId('pan').textContent()).toBe('PAN in this GSTIN: AAACR5055K');
      await shot(page, '1-gst-pan');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.locator('input[name=upiVpa]').fill('guptakirana@okaxis');
      await page.locator('input[name=upiPayee]').fill('R K Gupta');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.locator('input[name=numbering]').nth(1).check();
      await page.locator('input[name=salePrefix]').fill('GK/2627');
      await page.locator('input[name=saleNext]').fill('0542');
      await page.locator('input[name=creditNotePrefix]').fill('GKCN');
      await page.locator('input[name=creditNoteNext]').fill('7');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.locator('input[name=catalogue]').nth(1).check();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.locator('input[name=ownerName]').fill('Ramesh Gupta');
      await page.locator('input[name=ownerPin]').fill('482913');
      await page.locator('input[name=ownerPinAgain]').fill('482913');
      await page.getByRole('button', { name: 'Finish set-up' }).click();
      await page.getByTestId('recovery-code').waitFor();
      await page.locator('input[name=recoveryKept]').check();
      await page.getByRole('button', { name: 'Go to sign-in' }).click();
      // Nobody is picked for the PIN pad until a name is chosen.
      await page.getByRole('button', { name: /Ramesh Gupta/ }).waitFor();
      expect(await page.locator('.user-tile[aria-pressed="true"]').count()).toBe(0);
      await page.keyboard.type('4829');
      expect(await page.locator('.pin-dots .on').count()).toBe(0);
      await page.getByRole('button', { name: /Ramesh Gupta/ }).click();
      await page.keyboard.type('482913');
      await page.keyboard.press('Enter');
      await page.getByRole('navigation', { name: 'Screens' }).waitFor();
      expect(await page.getByTestId('demo-banner').count()).toBe(0);

      // The real books hold nothing of the demo: no bill, no sale in the day book, numbers from 0542.
      const ownerId = (await anon.call('auth.users', {}))[0]?.id ?? '';
      expect((await anon.call('auth.users', {})).map((u) => u.name)).toEqual(['Ramesh Gupta']);
      const owner = host.client((await anon.call('auth.login', { userId: ownerId, pin: '482913', deviceId: 'real-office-1', deviceName: 'Office' })).token);
      const today = host.clock.now().toISOString().slice(0, 10);
      expect(await owner.call('billing.listInvoices', { date: today })).toEqual([]);
      expect(await owner.call('shop.nextNumbers', {})).toEqual({
        saleSeries: { prefix: 'GK/2627', next: '0542' },
        creditNoteSeries: { prefix: 'GKCN', next: '7' },
      });
      const bill = await owner.call('billing.postInvoice', {
        clientRef: 'real-walk-0001',
        lines: [{ productId: 'prod-demo-004', qtyMilli: 2000 }],
        tenders: [{ method: 'cash', amountPaise: 5600 }],
      });
      expect(bill.number).toBe('GK/2627/0542');
      const note = await returnPart(owner, { clientRef: 'real-walk-cn-1', invoiceId: bill.id, reason: 'Torn pack' });
      expect(note.number).toBe('GKCN/7');
      expect((await owner.call('billing.listInvoices', { date: today })).map((b) => b.number)).toEqual(['GK/2627/0542']);

      // Settings → Shop in Hindi: the number just used is refused by name, and nothing changes.
      // At 1366 the language button sits with the signed-in user, beside the screens' menu.
      await page.getByRole('button', { name: 'हिंदी' }).first().click();
      await page.goto(`${http.url}/#/settings/shop`);
      await expect.poll(() => page.locator('input[name=saleNext]').inputValue()).toBe('0543');
      await page.locator('input[name=saleNext]').fill('0542');
      await page.keyboard.press('F10');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toBe('अगला बिल नंबर: GK/2627/0542 2026-27 में पहले ही इस्तेमाल हो चुका है; आख़िरी इस्तेमाल हुए नंबर के बाद से शुरू करें');
      await expect.poll(async () => ((await alert.boundingBox())?.y ?? -1) >= 0 && ((await alert.boundingBox())?.y ?? 768) < 768).toBe(true);
      await shot(page, '2-used-number-hi');
      expect((await owner.call('shop.nextNumbers', {})).saleSeries?.next).toBe('0543');
    } finally {
      await context.close();
      await http.close();
      await host.printsIdle();
      host.dispose();
    }
  }, 150_000);
});
