import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { closeServedBrowser, openServedBrowser, openSignedInScreen, type ServedBrowser } from './support/served-browser';

let suite: ServedBrowser;

beforeAll(async () => void (suite = await openServedBrowser({ results: 'test-results' })));
afterAll(() => closeServedBrowser(suite ?? {}));

describe.each([
  { width: 820, height: 1180 },
  { width: 390, height: 844 },
])('the product’s UQC by touch in Hindi at $width×$height', ({ width, height }) => {
  it('the field and its choices fit and read in Hindi; the chosen code is saved and shown again', async () => {
    const page = await openSignedInScreen(suite, { viewport: { width, height }, touch: true, lang: 'hi', path: '/#/catalog' });
    await page
      .getByRole('button', { name: /नया सामान/ })
      .first()
      .tap();
    const dialog = page.getByRole('dialog');
    const uqc = dialog.getByLabel('जीएसटी इकाई कोड (UQC)');
    await uqc.scrollIntoViewIfNeeded();
    const fits = async (what: string, l: Locator) => {
      const box = await l.boundingBox();
      expect(box, what).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width + 1, `${what} within ${width}px`).toBe(true);
      expect(box?.height ?? 0, `${what} tall enough to tap`).toBeGreaterThanOrEqual(40);
    };
    await fits('UQC choice', uqc);
    await fits('unit choice', dialog.locator('select[name="unit"]'));
    expect(await uqc.locator('option:checked').textContent()).toBe('इकाई से: NOS – नग');
    // The codes a kirana files under come first, each with its Hindi name.
    const first = await uqc.locator('optgroup').first().locator('option').allTextContents();
    expect(first.slice(0, 4)).toEqual(['NOS – नग', 'PCS – पीस', 'KGS – किलोग्राम', 'LTR – लीटर']);
    expect(await uqc.locator('option').count()).toBe(1 + 45 + first.length);
    await dialog.locator('select[name="unit"]').selectOption('kg');
    expect(await uqc.locator('option:checked').textContent()).toBe('इकाई से: KGS – किलोग्राम');
    await uqc.tap();
    await uqc.selectOption('BAG');
    await page.screenshot({ path: `test-results/uqc-${width}-hi.png`, style: '.toasts { display: none }' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width + 1);
    await dialog.getByLabel('नाम', { exact: true }).fill(`Chawal bori ${width}`);
    await dialog.getByLabel('बिक्री मूल्य (₹)').fill('1450');
    await dialog.getByLabel('एचएसएन कोड').fill('10063010');
    await dialog.getByRole('button', { name: /सेव करें/ }).tap();
    await dialog.waitFor({ state: 'detached' });
    const owner = await suite.served.host.as('owner');
    const [saved] = await owner.call('catalog.search', { q: `Chawal bori ${width}`, limit: 1 });
    expect([saved?.unit, saved?.uqc]).toEqual(['kg', 'BAG']);
    await page.context().close();
  }, 90_000);
});
