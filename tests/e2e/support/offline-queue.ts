import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The offline counter's queued commands on a page: all of them, or those in one state. */
export const queued = (page: Page, status?: string) =>
  page.locator(status ? `[data-testid=queued-command][data-status=${status}]` : '[data-testid=queued-command]');

/**
 * Takes `count` khata payments in the Hindi payment form while the link is down (₹ base+1, base+2 …,
 * cash and UPI by turns); each one must wait in the page's queue before the next is typed.
 */
export async function payKhataOffline(page: Page, form: Locator, count: number, base: number): Promise<void> {
  for (let i = 1; i <= count; i += 1) {
    await form
      .getByRole('textbox')
      .first()
      .fill(String(base + i));
    await form.getByRole('radio', { name: i % 2 ? 'नक़द' : 'यूपीआई' }).tap();
    await form.getByRole('button', { name: 'भुगतान सहेजें' }).tap();
    await expect.poll(() => queued(page, 'waiting').count()).toBe(i);
  }
}
