import type { WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GUPTA_KIRANA } from '../shop/support/real-shop';
import { OWNER, signInAt, useServedBrowser, type ServedBrowser } from './support/served-browser';

/**
 * Settings → Shop follows bills made elsewhere even when the screen's event link was down while
 * they were made: when the link comes back the screen reads again, so the next bill number shown
 * is the host's (a field the owner typed in keeps the owner's value).
 */
let walk: ServedBrowser;
useServedBrowser((parts) => (walk = parts));

describe('Settings → Shop after the event link drops', () => {
  it('a bill posted by another counter while the link was down moves the untouched next number on', async () => {
    const { host, http } = walk.served;
    const owner = await host.as('owner', 'follow-office');
    await owner.call('shop.saveIdentity', { shop: GUPTA_KIRANA });
    const page = await walk.browser.newPage({ viewport: { width: 1366, height: 768 } });
    // The first event link goes straight through; the second waits until the bill is posted.
    const links: WebSocketRoute[] = [];
    let billPosted = () => {};
    const posted = new Promise<void>((resolve) => (billPosted = resolve));
    let reconnecting = () => {};
    const secondLink = new Promise<void>((resolve) => (reconnecting = resolve));
    await page.routeWebSocket(/\/events/, async (ws) => {
      links.push(ws);
      if (links.length === 2) {
        reconnecting();
        await posted;
      }
      ws.connectToServer();
    });
    await signInAt(page, http.url, OWNER);
    await page.goto(`${http.url}/#/settings/shop`);
    const saleNext = page.locator('input[name=saleNext]');
    const notePrefix = page.locator('input[name=creditNotePrefix]');
    await expect.poll(() => saleNext.inputValue()).toBe('0542');
    await expect.poll(() => links.length).toBe(1);
    // The owner types a prefix of their own: a reading from the host must not take it away.
    await notePrefix.fill('GKR');

    await links[0]?.close({ code: 1001, reason: 'Wi-Fi dropped' });
    await secondLink;
    const bill = await owner.call('billing.postInvoice', {
      clientRef: 'follow-0001',
      lines: [{ productId: 'prod-demo-004', qtyMilli: 1000 }],
      tenders: [{ method: 'cash', amountPaise: 2800 }],
    });
    expect(bill.number).toBe('GK/2627/0542');
    billPosted();

    await expect.poll(() => saleNext.inputValue(), { timeout: 8000 }).toBe('0543');
    expect(await notePrefix.inputValue()).toBe('GKR');
    await page.close();
  }, 120_000);
});
