import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalHsnWorkbook } from '../support/hsn-workbook';
import { DATA_DIR } from '../support/imports';
import { closeServedBrowser, DESK, MANAGER, openServedBrowser, openSignedInScreen, type ServedBrowser } from './support/served-browser';

let suite: ServedBrowser;
const TABLET = { width: 820, height: 1180 };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/${name}.png`, style: '.toasts { display: none }' });

beforeAll(async () => void (suite = await openServedBrowser({ results: 'test-results' })));
afterAll(() => closeServedBrowser(suite ?? {}));

describe('GST → HSN codes', () => {
  it('the owner loads the portal’s 1.35 MB HSN file (preview, then load), finds a code, and the product editor names it', async () => {
    const page = await openSignedInScreen(suite, { viewport: DESK, path: '/#/gst/hsn' });
    await page
      .getByTestId('hsn-master-size')
      .getByText(/No HSN master loaded/)
      .waitFor();
    await page.getByTestId('hsn-file').setInputFiles(join(DATA_DIR, 'hsn_codes_gst_portal.csv'));
    await page
      .getByTestId('hsn-preview')
      .getByText(/hsn_codes_gst_portal\.csv: [\d,]+ codes/)
      .waitFor({ timeout: 30_000 });
    await shot(page, 'hsn-preview-1366-en');
    await page.getByRole('button', { name: 'Load these codes' }).click();
    await page
      .getByTestId('hsn-master-size')
      .getByText(/HSN master: [\d,]+ codes loaded/)
      .waitFor({ timeout: 30_000 });
    await page.getByLabel('Find an HSN code (digits or words)').fill('parboiled');
    await page.getByTestId('hsn-found').getByText('10063010').waitFor();
    await shot(page, 'hsn-search-1366-en');

    await page.goto(`${suite.served.http.url}/#/catalog`);
    await page.getByRole('button', { name: /^F8 / }).and(page.locator(':not(.keyhint)')).waitFor();
    await page.keyboard.press('F8');
    await page.getByLabel('HSN code').fill('10063010');
    await page
      .getByTestId('hsn-description')
      .getByText(/PARBOILED/i)
      .waitFor();
    await shot(page, 'hsn-product-editor-1366-en');

    // The UQC defaults from the unit until one is chosen; the chosen code is saved with the product.
    const uqc = page.getByLabel('Unit code for GST (UQC)');
    expect(await uqc.locator('option:checked').textContent()).toBe('From the unit: NOS – Numbers');
    await page.locator('select[name="unit"]').selectOption('kg');
    expect(await uqc.locator('option:checked').textContent()).toBe('From the unit: KGS – Kilograms');
    await uqc.selectOption('BAG');
    await page.getByLabel('Name', { exact: true }).fill('Parboiled Rice 25kg');
    await page.getByLabel('Selling price (₹)').fill('1450');
    await page.getByRole('button', { name: /^Save/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const owner = await suite.served.host.as('owner');
    const [rice] = await owner.call('catalog.search', { q: 'Parboiled Rice 25kg', limit: 1 });
    expect([rice?.unit, rice?.uqc]).toEqual(['kg', 'BAG']);
    await page.close();
  }, 120_000);

  it('on a tablet in Hindi (820, touch) the code search is there and fits', async () => {
    const page = await openSignedInScreen(suite, { viewport: TABLET, touch: true, lang: 'hi', person: MANAGER, path: '/#/gst/hsn' });
    await page.getByLabel('HSN कोड खोजें (अंक या शब्द)').tap();
    await page.getByLabel('HSN कोड खोजें (अंक या शब्द)').fill('1006');
    await page.getByTestId('hsn-found').getByText('1006', { exact: true }).waitFor();
    expect(await page.getByTestId('hsn-file').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(821);
    await shot(page, 'hsn-search-820-hi');
    await page.context().close();
  }, 90_000);

  it('on a tablet in Hindi (820, touch) the owner loads the portal’s HSN_SAC.xlsx; a wrong file is named and loads nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-hsn-xlsx-'));
    const workbook = join(dir, 'HSN_SAC.xlsx');
    writeFileSync(workbook, await portalHsnWorkbook());
    const picture = join(dir, 'photo.xlsx');
    writeFileSync(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const page = await openSignedInScreen(suite, { viewport: TABLET, touch: true, lang: 'hi', path: '/#/gst/hsn' });
    const owner = await suite.served.host.as('owner');
    const before = (await owner.call('gst.hsnMaster', {})).codes;

    await page.getByTestId('hsn-file').setInputFiles(picture);
    await page.getByRole('status').getByText('photo.xlsx पढ़ी जा सकने वाली Excel वर्कबुक (.xlsx) नहीं है', { exact: false }).waitFor();
    expect(await page.getByTestId('hsn-preview').count()).toBe(0);
    await page.screenshot({ path: 'test-results/hsn-xlsx-wrong-820-hi.png' });

    await page.getByTestId('hsn-file').setInputFiles(workbook);
    await page
      .getByTestId('hsn-preview')
      .getByText(/HSN_SAC\.xlsx: [\d,]+ कोड/)
      .waitFor({ timeout: 30_000 });
    await page.getByTestId('hsn-sample').getByText('LIVE ANIMALS').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(821);
    await shot(page, 'hsn-xlsx-preview-820-hi');
    await page.getByRole('button', { name: 'ये कोड लोड करें' }).tap();
    await page
      .getByTestId('hsn-master-size')
      .getByText(/HSN मास्टर: [\d,]+ कोड लोड हैं/)
      .waitFor({ timeout: 30_000 });
    const after = (await owner.call('gst.hsnMaster', {})).codes;
    expect(after).toBeGreaterThan(21_000);
    if (before > 0) expect(after).toBe(before);
    await page.context().close();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
