import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { RENDERER_DIR, serveTestHost, type ServedHost } from '../support/served-host';

/**
 * Settings → Web shop on the shop's Wi-Fi (no cloud relay set): the catalog's address is on the
 * screen, named as the Wi-Fi one that works only inside the shop, with Copy, WhatsApp and the
 * poster starting from it; in English at 1366 by keyboard and in Hindi at 820 and 390 by touch.
 */
const built = existsSync(join(RENDERER_DIR, 'index.html'));
let served: ServedHost;
let browser: Browser;

beforeAll(async () => {
  if (!built) return;
  served = await serveTestHost();
  served.host.setLanBaseUrl(served.http.url);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

async function ownerOn(look: { lang: 'en' | 'hi'; width: number; height: number; touch: boolean }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: look.width, height: look.height }, hasTouch: look.touch, isMobile: look.touch });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.http.url });
  const page = await context.newPage();
  await page.goto(served.http.url);
  await page.evaluate((lang) => localStorage.setItem('sk.lang', lang), look.lang);
  await page.reload();
  if (look.touch) {
    await page.getByRole('button', { name: /Ramesh/ }).tap();
    for (const d of '1111↵') await page.getByRole('button', { name: d, exact: true }).tap();
  } else {
    await page.getByRole('button', { name: /Ramesh/ }).click();
    await page.keyboard.type('1111');
    await page.keyboard.press('Enter');
  }
  await page.getByRole('navigation').first().waitFor();
  await page.goto(`${served.http.url}/#/settings/web-shop`);
  return { context, page };
}

describe.skipIf(!built)('the catalog link on the Web shop screen', () => {
  it('at 1366 in English, by keyboard: the Wi-Fi link, said to work inside the shop, copied and opened', async () => {
    const { context, page } = await ownerOn({ lang: 'en', width: 1366, height: 768, touch: false });
    const lan = page.getByTestId('catalog-link-lan');
    await lan.getByRole('heading', { name: 'On the shop’s Wi-Fi' }).waitFor();
    await lan.getByText('Works only on phones connected to the shop’s Wi-Fi.').waitFor();
    await page.getByText('set the cloud relay in Settings → Devices').waitFor();
    const link = (await lan.getByRole('link').textContent()) ?? '';
    expect(link).toBe(`${served.http.url}/shop/`);
    await page.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Link copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const wa = (await page.getByTestId('catalog-link-whatsapp').getAttribute('href')) ?? '';
    expect(decodeURIComponent(wa.replace('https://wa.me/?text=', ''))).toContain(link);
    expect(await page.getByLabel('Catalog address on the poster').inputValue()).toBe(link);
    const customer = await context.newPage();
    await customer.goto(link);
    await customer.getByRole('heading', { name: /Sharma/ }).waitFor();
    await context.close();
  }, 60_000);

  for (const look of [
    { lang: 'hi', width: 820, height: 1180, touch: true },
    { lang: 'hi', width: 390, height: 844, touch: true },
  ] as const) {
    it(`at ${look.width} in Hindi, by touch: the words and the buttons fit`, async () => {
      const { context, page } = await ownerOn(look);
      const lan = page.getByTestId('catalog-link-lan');
      await lan.getByRole('heading', { name: 'दुकान के वाई-फ़ाई पर' }).waitFor();
      await lan.getByText('सिर्फ़ दुकान के वाई-फ़ाई से जुड़े फ़ोन पर खुलता है।').waitFor();
      await page.getByRole('button', { name: 'लिंक कॉपी करें' }).tap();
      await page.getByText('लिंक कॉपी हो गया').waitFor();
      for (const id of ['catalog-link-lan', 'catalog-link-whatsapp']) {
        const box = await page.getByTestId(id).evaluate((e) => e.getBoundingClientRect());
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(look.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(look.width);
      await page.screenshot({ path: `test-results/web-shop-link-${look.width}.png`, fullPage: true });
      await context.close();
    }, 60_000);
  }
});
