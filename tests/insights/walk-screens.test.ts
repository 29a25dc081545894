import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../app/core/testing/fakes';
import type { ServedHost } from '../support/served-host';
import { openAsOwner, startScreenWalk, stopScreenWalk, type View } from '../support/screen-walk';
import { seedBooks } from './books-seed';

/**
 * Every report and insight screen once, on two weeks of real bills: at 1366×768 by keyboard in
 * English (F-keys, Alt+R, Enter on rows) and on a 390×844 phone by touch in Hindi. Each screen
 * must fit its width and show words, never a message key; screenshots go to test-results/walk-*.png
 * to be looked at.
 */
let served: ServedHost;
let browser: Browser;

beforeAll(async () => {
  const clock = fixedClock('2026-11-10T04:00:00.000Z');
  ({ served, browser } = await startScreenWalk({ clock }));
  await seedBooks(clock, await served.host.as('owner', 'walk-owner'), await served.host.as('staff', 'walk-staff'));
}, 180_000);
afterAll(() => stopScreenWalk({ served, browser }));

const openAs = (viewport: View['viewport'], touch: boolean, lang: View['lang']) => openAsOwner({ served, browser }, { viewport, touch, lang });

/** A screen as shown: it fits the width, no word is a bare message key, and its picture is kept. */
async function look(page: Page, name: string) {
  const found = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    keys: (document.body.innerText.match(/\b(?:rep|ins|nav|seg)_?[A-Z][A-Za-z]+\b/g) ?? []).slice(0, 5),
  }));
  expect(found, name).toEqual({ overflow: 0, keys: [] });
  await page.screenshot({ path: `test-results/walk-${name}.png`, fullPage: true });
}

/**
 * The custom report's answer: its table, or, for a period the browser's own calendar puts after the
 * seeded fortnight, the sentence that no sale matched.
 */
const customResultShown = (page: Page) =>
  page.getByTestId('custom-result').getByTestId('report-model').or(page.getByTestId('custom-result').getByTestId('custom-empty')).waitFor();

const REPORTS = ['topProducts', 'topCustomers', 'profitability', 'cashFlow', 'stockAgeing', 'deadStock', 'supplierPerformance', 'ageing', 'dayClose'];

describe('every report and insight screen', () => {
  it('at 1366×768 by keyboard, in English', async () => {
    const page = await openAs({ width: 1366, height: 768 }, false, 'en');
    await page.getByTestId('dashboard').getByTestId('top-products').waitFor();
    await look(page, 'dashboard-1366-en');
    await page.keyboard.press('Alt+0');
    await page.getByTestId('insights-run').and(page.locator(':enabled')).waitFor();
    await page.keyboard.press('F9');
    await expect.poll(() => page.getByTestId('insights-status').textContent(), { timeout: 60_000 }).toMatch(/bills, \d+ customers/);
    for (const [key, panel] of [
      ['F3', 'insights-segments'],
      ['F4', 'insights-baskets'],
      ['F5', 'insights-alerts'],
      ['F6', 'insights-prices'],
    ] as const) {
      await page.keyboard.press(key);
      await page.getByTestId(panel).waitFor();
      await look(page, `${panel}-1366-en`);
    }
    await page.getByTestId('bell').click();
    await page.getByTestId('notifications').waitFor();
    await look(page, 'bell-1366-en');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+r');
    for (const [i, report] of REPORTS.entries()) {
      await page.keyboard.press(`F${i + 1}`);
      await page.getByTestId(`report-${report}`).getByTestId('report-model').waitFor();
      await look(page, `report-${report}-1366-en`);
    }
    await page.keyboard.press('F1');
    // The bills are from the host's day, the screen's month from the browser's: the year holds both.
    await page.getByTestId('report-topProducts').locator('.filters button').nth(2).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('report-topProducts').locator('tr.drill').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('report-billsOf').locator('tr.drill').first().focus();
    await look(page, 'report-billsOf-1366-en');
    await page.keyboard.press('Enter');
    await page.getByTestId('entry-dialog').getByRole('table').first().waitFor();
    await look(page, 'bill-dialog-1366-en');
    await page.keyboard.press('Escape');
    await page.goto(`${served.http.url}/#/reports/custom`);
    await customResultShown(page);
    await look(page, 'custom-1366-en');
    await page.context().close();
  }, 240_000);

  it('on a 390×844 phone by touch, in Hindi', async () => {
    const page = await openAs({ width: 390, height: 844 }, true, 'hi');
    await page.getByTestId('dashboard').getByTestId('top-products').waitFor();
    await look(page, 'dashboard-390-hi');
    await page.goto(`${served.http.url}/#/insights`);
    await page.getByTestId('insights-run').and(page.locator(':enabled')).tap();
    await expect.poll(() => page.getByTestId('insights-status').textContent(), { timeout: 60_000 }).toMatch(/बिल/);
    for (const [n, panel] of ['insights-segments', 'insights-baskets', 'insights-alerts', 'insights-prices'].entries()) {
      await page.getByRole('tab').nth(n).tap();
      await page.getByTestId(panel).waitFor();
      await look(page, `${panel}-390-hi`);
    }
    await page.getByTestId('bell').tap();
    await page.getByTestId('notifications').waitFor();
    await look(page, 'bell-390-hi');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Close|बंद करें/ })
      .tap();
    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: /रिपोर्ट/ })
      .first()
      .tap();
    for (const [n, report] of REPORTS.entries()) {
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').nth(n).tap();
      await page.getByTestId(`report-${report}`).getByTestId('report-model').waitFor();
      await look(page, `report-${report}-390-hi`);
    }
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').first().tap();
    await page.getByTestId('report-topProducts').locator('.filters button').nth(2).tap();
    await page.getByTestId('report-topProducts').locator('tr.drill').first().tap();
    await page.getByTestId('report-billsOf').locator('tr.drill').first().tap();
    await page.getByTestId('entry-dialog').getByRole('table').first().waitFor();
    await look(page, 'bill-dialog-390-hi');
    await page.goto(`${served.http.url}/#/reports/custom`);
    await customResultShown(page);
    await look(page, 'custom-390-hi');
    await page.context().close();
  }, 240_000);
});
