import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { scanCode } from '../support/browser';
import { openInLanguage, useServedBrowser, type Look, type ServedBrowser } from './support/served-browser';

/**
 * The shop-safety words where a user meets them, in English at 1366×768 (keyboard) and in Hindi at
 * 390×844 (touch): the backups alert on the owner's dashboard, a restore's note, and the counter's
 * "disk full" when a bill cannot be saved. Each is photographed (test-results/) and must fit the
 * screen's width and speak the screen's language.
 */
let walk: ServedBrowser;
useServedBrowser((parts) => (walk = parts), { results: 'test-results' });

const LOOKS = [
  { lang: 'en', viewport: { width: 1366, height: 768 }, touch: false },
  { lang: 'hi', viewport: { width: 390, height: 844 }, touch: true },
] as const;
async function signedIn(look: Look, who: RegExp, pin: string): Promise<{ context: BrowserContext; page: Page }> {
  const page = await openInLanguage(walk, look, { who, pin });
  return { context: page.context(), page };
}

async function fits(page: Page, testId: string, width: number) {
  const box = await page.getByTestId(testId).evaluate((e) => e.getBoundingClientRect());
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(width);
}

describe('a full disk at the counter', { timeout: 180_000 }, () => {
  it('the cashier reads that the bill was not saved, in English and in Hindi, and the bill goes through once there is room', async () => {
    const raw = walk.served.host.store.raw;
    const counterLooks: Look[] = [LOOKS[0], { lang: 'hi', viewport: { width: 1366, height: 768 }, touch: false }];
    for (const look of counterLooks) {
      const { context, page } = await signedIn(look, /Pooja/, '3333');
      try {
        await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).not.toBeNull();
        await scanCode(page, demoBarcode(14));
        await expect.poll(() => page.getByTestId('cart-line').count()).toBe(1);
        const till = await walk.served.host.as('staff', `e2e-disk-${look.lang}`);
        // The file may not grow; bills from another till use up its free pages until one is refused.
        raw.pragma(`max_page_count = ${Number(raw.pragma('page_count', { simple: true }))}`);
        for (let n = 0; n < 500; n++) {
          const refused = await till
            .call('billing.postInvoice', {
              clientRef: `e2e-disk-${look.lang}-${n}`,
              lines: [{ productId: 'prod-demo-014', qtyMilli: 1000 }],
              tenders: [{ method: 'cash', amountPaise: 2500 }],
            })
            .then(
              () => false,
              () => true,
            );
          if (refused) break;
        }
        await page.keyboard.press('F10');
        // Other tills' receipts raise their own notices meanwhile: find the one that says the disk is full.
        const said =
          look.lang === 'hi'
            ? 'डिस्क भर गई है: इस कंप्यूटर पर कुछ जगह खाली करें; बिल सेव नहीं हुआ।'
            : 'The disk is full: free some space on this computer; the bill was not saved.';
        const toast = page.locator('.toast', { hasText: said }).last();
        await toast.waitFor({ timeout: 15_000 });
        const words = (await toast.textContent()) ?? '';
        expect(words).not.toMatch(/SQLITE|Error:|\bat .+:\d+/);
        await page.screenshot({ path: `test-results/safety-disk-full-${look.lang}-${look.viewport.width}.png` });
        expect(await page.getByTestId('cart-line').count()).toBe(1);
        raw.pragma('max_page_count = 1073741823');
        await page.keyboard.press('F10');
        await expect.poll(() => page.getByTestId('cart-line').count(), { timeout: 15_000 }).toBe(0);
      } finally {
        raw.pragma('max_page_count = 1073741823');
        await context.close();
      }
    }
  });
});

describe('the backups alert, as the owner sees it before any backup', { timeout: 180_000 }, () => {
  for (const look of LOOKS) {
    it(`${look.lang} at ${look.viewport.width}: on the dashboard, in the screen's words, within its width`, async () => {
      const { context, page } = await signedIn(look, /Ramesh/, '1111');
      try {
        const alert = page.getByTestId('backup-alert');
        await alert.waitFor();
        const words = (await alert.textContent()) ?? '';
        expect(words).toContain(look.lang === 'hi' ? 'अभी तक कोई ठीक बैकअप नहीं बना है।' : 'No good backup has been made yet.');
        if (look.lang === 'hi') expect(words).not.toMatch(/Backups need you|Open Backups/);
        await fits(page, 'backup-alert', look.viewport.width);
        await page.screenshot({ path: `test-results/safety-alert-${look.lang}-${look.viewport.width}.png` });
        const link = alert.getByRole('link', { name: look.lang === 'hi' ? 'बैकअप खोलें' : 'Open Backups' });
        await (look.touch ? link.tap() : link.click());
        await page.getByTestId('backups-screen').waitFor();
      } finally {
        await context.close();
      }
    });
  }
});

describe('a restore, as the owner sees it', { timeout: 180_000 }, () => {
  for (const look of LOOKS) {
    it(`${look.lang} at ${look.viewport.width}: the preview, then the restore's note`, async () => {
      const { context, page } = await signedIn(look, /Ramesh/, '1111');
      try {
        await page.goto(`${walk.served.http.url}/#/settings/backups`);
        await page.getByTestId('backups-screen').waitFor();
        const owner = await walk.served.host.as('owner', `e2e-safety-${look.lang}`);
        await owner.call('shop.backupNow', {});
        await page.reload();
        await expect.poll(() => page.locator('[data-backup]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
        const preview = page
          .locator('[data-backup]')
          .first()
          .getByRole('button', { name: look.lang === 'hi' ? 'देखें' : 'Preview' });
        await (look.touch ? preview.tap() : preview.click());
        const dialog = page.getByTestId('backup-preview');
        await expect.poll(() => dialog.getByTestId('preview-bills').textContent(), { timeout: 30_000 }).not.toBe('…');
        const restore = dialog.getByRole('button', { name: look.lang === 'hi' ? 'यह बैकअप वापस लाएँ' : 'Restore this backup' });
        await (look.touch ? restore.tap() : restore.click());
        const note = page.getByTestId('restored-note');
        await note.waitFor({ timeout: 100_000 });
        expect(await note.textContent()).toMatch(look.lang === 'hi' ? /^वापस आ गया: / : /^Restored: /);
        await fits(page, 'restored-note', look.viewport.width);
        await page.screenshot({ path: `test-results/safety-restored-${look.lang}-${look.viewport.width}.png` });
      } finally {
        await context.close();
      }
    });
  }
});
