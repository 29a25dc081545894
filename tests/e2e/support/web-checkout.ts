import type { Page } from 'playwright-core';

/**
 * On the web catalog's checkout, with the OTP typed: verifies the number, gives the delivery address
 * and places the order, waiting until the page shows it placed. Returns when the order was sent (ms).
 */
export async function verifyAndPlaceOrder(page: Page, address: string): Promise<number> {
  await page.getByRole('button', { name: 'Verify' }).tap();
  await page.getByText('Number verified').waitFor();
  await page.getByLabel('Delivery address').fill(address);
  const sent = Date.now();
  await page.getByRole('button', { name: /Place order/ }).tap();
  await page.locator('#status[data-status="placed"]').waitFor({ timeout: 20_000 });
  return sent;
}
