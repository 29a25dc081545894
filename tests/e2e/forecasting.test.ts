import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { launchChromium, logIn } from '../support/browser';
import { RENDERER_DIR } from '../support/served-host';
import { ATTA, shopWithHistory, SUPPLIER, type ShopWithHistory } from '../forecasting/shop-history';

let shop: ShopWithHistory;
let http: HttpServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  shop = await shopWithHistory();
  http = await startHttpServer(shop.host, { port: 0, staticDir: RENDERER_DIR });
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await http?.close();
  shop?.host.dispose();
});

async function open(viewport: { width: number; height: number }, lang: 'en' | 'hi', touch = false): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'en-IN', hasTouch: touch, isMobile: touch });
  await page.addInitScript({ content: `localStorage.setItem('sk.lang', '${lang}')` });
  await page.goto(http.url);
  await logIn(page, /Ramesh/, '1111');
  await page.getByRole('navigation', { name: 'Screens' }).waitFor();
  await page.goto(`${http.url}/#/forecast`);
  return page;
}
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/forecast-${name}.png`, fullPage: true, style: '.toasts { display: none }' });

describe('the owner’s forecasting screens', () => {
  it('runs a forecast from the keyboard with a progress bar, then shows accuracy, the chart and reorder (1366×768, English)', async () => {
    const page = await open({ width: 1366, height: 768 }, 'en');
    await page.getByText('No forecast yet').waitFor();
    await page.keyboard.press('F9');
    await page.getByTestId('forecast-progress').waitFor();
    await shot(page, 'running-en');
    await page.getByTestId('forecast-accuracy').waitFor({ timeout: 120_000 });
    await expect.poll(() => page.getByTestId('forecast-accuracy').textContent()).toMatch(/less error|more error/);
    await page.getByTestId('forecast-products').getByText('Aashirvaad Atta').waitFor();
    await shot(page, 'overview-en');

    await page
      .getByTestId('forecast-products')
      .getByRole('row', { name: /Aashirvaad Atta/ })
      .getByRole('button', { name: 'Chart' })
      .click();
    await page.getByTestId('forecast-chart').locator('canvas').first().waitFor();
    // The chart's figures are in a table for screen readers: 56 days sold and 28 forecast.
    expect(await page.getByTestId('forecast-chart').locator('.sr-only tbody tr').count()).toBe(84);
    await shot(page, 'chart-en');

    await page.keyboard.press('F5');
    const group = page.getByTestId('reorder-group').filter({ hasText: 'Malwa' });
    await group.getByText('Aashirvaad Atta').waitFor();
    await shot(page, 'reorder-en');
    await group.getByTestId('make-draft').click();
    const draft = page.getByTestId('forecast-draft').first();
    await draft.waitFor();
    const qty = draft.getByLabel(/Order: Aashirvaad Atta/);
    await qty.fill('40');
    await qty.press('Enter');
    await expect.poll(async () => (await shop.owner.call('forecasting.drafts', { status: 'draft' }))[0]?.lines[0]?.qtyMilli).toBe(40_000);
    await shot(page, 'drafts-en');
    // No network here: the WhatsApp page is answered locally; its address is what matters.
    await page.context().route('https://wa.me/**', (route) => route.fulfill({ body: 'WhatsApp' }));
    const popup = page.context().waitForEvent('page');
    await draft.getByTestId('place-draft').click();
    const whatsapp = await popup;
    expect(whatsapp.url()).toMatch(/wa\.me/);
    await whatsapp.close();
    const orders = await shop.owner.call('purchasing.listOrders', {});
    expect(orders.find((o) => o.supplier.id === SUPPLIER)?.status).toBe('open');
    await page.close();
  }, 240_000);

  it('reads in Hindi on a phone (390×844, touch)', async () => {
    const page = await open({ width: 390, height: 844 }, 'hi', true);
    await page.getByTestId('forecast-accuracy').waitFor();
    await expect.poll(() => page.getByTestId('forecast-accuracy').textContent()).toMatch(/कितना सही/);
    await shot(page, 'overview-hi-phone');
    await page.getByRole('tab', { name: /पूर्वानुमान बनाम बिक्री/ }).tap();
    await page.getByTestId('chart-product').selectOption(ATTA);
    await page.getByTestId('forecast-chart').locator('canvas').first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390)
      console.log(
        await page.evaluate(() =>
          Array.from(document.querySelectorAll('*'))
            .filter((e) => e.getBoundingClientRect().right > 392)
            .slice(0, 12)
            .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
            .join('\n'),
        ),
      );
    expect(width).toBeLessThanOrEqual(390);
    await shot(page, 'chart-hi-phone');
    await page.getByRole('tab', { name: /दोबारा मँगाएँ/ }).tap();
    await page.getByText(/सुरक्षा स्टॉक 95%/).waitFor();
    await shot(page, 'reorder-hi-phone');
    await page.close();
  }, 120_000);

  it('fits a tablet in Hindi (820×1180, touch) and 1366×768 in Hindi', async () => {
    for (const [name, viewport, touch] of [
      ['tablet', { width: 820, height: 1180 }, true],
      ['desktop', { width: 1366, height: 768 }, false],
    ] as const) {
      const page = await open(viewport, 'hi', touch);
      await page.getByTestId('forecast-accuracy').waitFor();
      await page.getByTestId('forecast-products').getByText('Aashirvaad Atta').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await shot(page, `overview-hi-${name}`);
      await page.close();
    }
  }, 120_000);
});
