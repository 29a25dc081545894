import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../app/core/testing/fakes';
import type { ServedHost } from '../support/served-host';
import { openAsOwner, startScreenWalk, stopScreenWalk, type View } from '../support/screen-walk';
import { seedBooks, type SeededBooks } from './books-seed';

/**
 * The owner's insights screen in Chromium, on two weeks of real bills: F9 works them out on the
 * worker, F3–F6 show customers (with the churn score's check), bought together, alerts (dismissed
 * with a note) and price suggestions (one applied through the catalogue); at 1366×768 in English
 * and Hindi, and by touch at 820×1180 and 390×844. Screenshots go to test-results/insights-*.png.
 */
let served: ServedHost;
let browser: Browser;
let seeded: SeededBooks;

const openAs = (viewport: View['viewport'], touch: boolean, lang: View['lang']) => openAsOwner({ served, browser }, { viewport, touch, lang });

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/insights-${name}.png`, fullPage: true });
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

beforeAll(async () => {
  const clock = fixedClock('2026-11-10T04:00:00.000Z');
  ({ served, browser } = await startScreenWalk({ clock }));
  const owner = await served.host.as('owner', 'seed-owner');
  const staff = await served.host.as('staff', 'seed-staff');
  seeded = await seedBooks(clock, owner, staff);
}, 180_000);
afterAll(() => stopScreenWalk({ served, browser }));

describe('the owner’s insights screen', () => {
  it('is in the menu, works the insights out on F9, and walks every tab by keyboard (desktop, English)', async () => {
    const page = await openAs({ width: 1366, height: 768 }, false, 'en');
    await page.getByRole('navigation', { name: 'Insights' }).getByRole('link', { name: 'Customers & alerts' }).waitFor();
    // Alt+0 is the Insights group; from its first screen (the dashboard) it moves to the next.
    await page.keyboard.press('Alt+0');
    await page.getByTestId('insights').waitFor();
    await page.getByTestId('insights-run').and(page.locator(':enabled')).waitFor();
    await page.keyboard.press('F9');
    await expect.poll(() => page.getByTestId('insights-status').textContent(), { timeout: 60_000 }).toMatch(/bills, \d+ customers/);
    await page.getByTestId('insights-segments').waitFor();
    expect(await page.getByTestId('insights-top').locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByTestId('churn-measure').textContent()).toMatch(/held-out|AUC/);
    await shot(page, 'customers-1366-en');

    await page.keyboard.press('F4');
    await page.getByTestId('insights-baskets').waitFor();
    expect(await page.getByTestId('insights-baskets').textContent()).toMatch(/Usually/);

    await page.keyboard.press('F5');
    const alert = page.getByTestId('insight-alert').filter({ hasText: seeded.shrunk.name });
    await alert.waitFor();
    await shot(page, 'alerts-1366-en');
    await alert.getByTestId('alert-dismiss').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input').fill('x');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.textContent()).toContain('Write a note of at least 3 letters');
    await dialog.locator('input').fill('Counted again: 5 were in the back room');
    await page.keyboard.press('Enter');
    await expect.poll(() => alert.getByTestId('alert-dismissal').textContent()).toContain('Counted again: 5 were in the back room');

    await page.keyboard.press('F6');
    await page.getByTestId('insights-prices').waitFor();
    const apply = page.getByTestId('price-suggestion').getByRole('button').first();
    if ((await apply.count()) > 0) {
      await apply.click();
      await expect.poll(() => page.getByTestId('price-suggestion').first().textContent()).toContain('Applied');
    }
    await shot(page, 'prices-1366-en');
    await page.keyboard.press('F3');
    await page.getByTestId('insights-segments').waitFor();
    await page.context().close();
  }, 120_000);

  it('shows the bell with its badge on every screen; it opens the list, shares, and keeps quiet hours', async () => {
    const page = await openAs({ width: 1366, height: 768 }, false, 'en');
    await expect.poll(() => page.getByTestId('bell-badge').textContent()).toMatch(/^[1-9]\d*$/);
    await page.goto(`${served.http.url}#/inventory`);
    await page.getByTestId('bell-badge').waitFor();
    await page.getByTestId('bell').click();
    const list = page.getByTestId('notifications');
    await list.getByTestId('notice-backup').waitFor();
    expect(await list.getByTestId('notice-anomaly').count()).toBeGreaterThan(0);
    expect(await list.getByRole('link', { name: 'Send on WhatsApp' }).first().getAttribute('href')).toMatch(/^https:\/\/wa\.me\/\?text=/);
    await page.getByTestId('quiet-from').fill('21:30');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByTestId('bell').click();
    expect(await page.getByTestId('quiet-from').inputValue()).toBe('21:30');
    await page.getByTestId('notice-anomaly').first().getByRole('button').click();
    await page.getByTestId('insights').waitFor();
    await page.context().close();
  }, 60_000);

  it('reads in Hindi', async () => {
    const page = await openAs({ width: 1366, height: 768 }, false, 'hi');
    await page.getByRole('link', { name: 'ग्राहक और चेतावनी' }).click();
    await expect.poll(() => page.getByTestId('insights-status').textContent()).toMatch(/बिल/);
    expect(await page.getByTestId('insights-segments').textContent()).toMatch(/[\u0900-\u097F]/);
    await page.keyboard.press('F5');
    await expect.poll(() => page.getByTestId('insights-alerts').textContent()).toContain('हटाया');
    await shot(page, 'alerts-1366-hi');
    await page.context().close();
  }, 60_000);

  it('fits a tablet and a phone by touch, in English and Hindi', async () => {
    for (const [width, height] of [
      [820, 1180],
      [390, 844],
    ] as const) {
      for (const lang of ['en', 'hi'] as const) {
        const page = await openAs({ width, height }, true, lang);
        await page.goto(`${served.http.url}#/insights`);
        await page.getByTestId('insights-segments').waitFor();
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await page.getByRole('tab').nth(2).tap();
        await page.getByTestId('insights-alerts').waitFor();
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await shot(page, `alerts-${width}-${lang}`);
        await page.getByRole('tab').nth(3).tap();
        await page.getByTestId('insights-prices').waitFor();
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await page.context().close();
      }
    }
  }, 120_000);
});
