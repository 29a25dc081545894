import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn } from '../support/browser';
import { openBooksE2e, REPORT_SCREENS, type BooksE2e } from '../support/accounting-e2e';

/**
 * The moved report screens on the desk (1366×768, keyboard) and on the phone (390×844, touch), in
 * English and Hindi: the model's tables are drawn, the page never scrolls sideways (a wide table
 * scrolls in its own frame), drill-downs open by Enter and by tap, and the WhatsApp link carries
 * the report's totals. Pictures go to test-results/reports/ to be looked at.
 */
const OUT = 'test-results/reports';
let ctx: BooksE2e;
let phone: Page;

beforeAll(async () => {
  ctx = await openBooksE2e();
  phone = await ctx.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.goto(ctx.served.http.url);
  await logIn(phone, /Ramesh \(Owner\)/, '1111');
  await phone.getByRole('navigation', { name: 'Screens' }).waitFor();
  mkdirSync(OUT, { recursive: true });
}, 120_000);
afterAll(() => ctx?.close());

/** The screens drawn on the desk and the phone here (screen-export reads every one against its files). */
const DRAWN = new Set([
  'report-dayBook',
  'report-cashBook',
  'report-trialBalance',
  'report-profitAndLoss',
  'report-balanceSheet',
  'report-salesRegister',
  'gstr1',
  'gstr3b',
]);
const SCREENS = REPORT_SCREENS.filter(([, testId]) => DRAWN.has(testId));

async function open(page: Page, lang: 'en' | 'hi', path: string, testId: string) {
  await page.evaluate(`localStorage.setItem('sk.lang', '${lang}')`);
  await page.goto(`${ctx.served.http.url}/#${path}`);
  await page.reload();
  await page.getByTestId(testId).getByTestId('report-model').waitFor();
}

const sideways = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

for (const lang of ['en', 'hi'] as const) {
  describe(`report screens (${lang})`, () => {
    it.each(SCREENS)('%s on the desk and the phone', async (path, testId) => {
      for (const [page, size] of [
        [ctx.page, 'desk'],
        [phone, 'phone'],
      ] as const) {
        await open(page, lang, path, testId);
        expect(await sideways(page), `${testId} ${size}`).toBeLessThanOrEqual(0);
        const head = (await page.getByTestId(testId).locator('thead').first().textContent()) ?? '';
        if (lang === 'hi') expect(head).toMatch(/[\u0900-\u097F]/);
        const summary = decodeURIComponent((await page.getByTestId('report-whatsapp').getAttribute('href')) ?? '');
        expect(summary).toContain(((await page.getByTestId(testId).locator('h1').textContent()) ?? '').split(' · ')[0]);
        await page.screenshot({ path: `${OUT}/${size}-${lang}-${testId}.png`, fullPage: size === 'phone' });
      }
    });
  });
}

describe('drill-downs', () => {
  it('opens an account’s ledger from the trial balance by keyboard, and an entry from the ledger by tap', async () => {
    const { page } = ctx;
    await open(page, 'en', '/accounting/trial-balance', 'report-trialBalance');
    const cash = page.getByTestId('report-trialBalance').locator('tr.drill', { hasText: /^Cash in hand/ });
    await cash.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('report-ledger').getByTestId('report-model').waitFor();
    expect(await page.getByTestId('report-ledger').locator('h1').textContent()).toContain('Cash in hand');

    await open(phone, 'hi', '/accounting/cash', 'report-cashBook');
    await phone.getByTestId('ledger-table').locator('tr.drill').first().tap();
    await phone.getByTestId('entry-dialog').waitFor();
    await phone.screenshot({ path: `${OUT}/phone-hi-entry-dialog.png` });
  });

  it('shows the trial balance’s check and its totals as before', async () => {
    const { page } = ctx;
    await open(page, 'en', '/accounting/trial-balance', 'report-trialBalance');
    expect(await page.getByTestId('tb-status').textContent()).toContain('the books balance');
    expect(await page.getByTestId('tb-debit').textContent()).toBe(await page.getByTestId('tb-credit').textContent());
  });
});
