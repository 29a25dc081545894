import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from '../../app/core/contract';
import { launchChromium, logIn } from './browser';
import { serveTestHost, type ServedHost } from './served-host';

export interface BooksE2e {
  served: ServedHost;
  browser: Browser;
  page: Page;
  owner: ApiClient;
  sunitaId: string;
  /** what Sunita's credit sale came to */
  creditBill: number;
  /** the whole screen, however long, saved as test-results/books-<name>.png */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Every report screen of these books: its route (with the key that opens the report, where one does) and its report's test id. */
export const REPORT_SCREENS = [
  ['/accounting/day', 'report-dayBook'],
  ['/accounting/cash', 'report-cashBook'],
  ['/accounting/bank', 'report-bankBook'],
  ['/accounting/ledger?account=SALES', 'report-ledger'],
  ['/accounting/trial-balance', 'report-trialBalance'],
  ['/accounting/pnl', 'report-profitAndLoss'],
  ['/accounting/balance-sheet', 'report-balanceSheet'],
  ['/accounting/sales-register', 'report-salesRegister'],
  ['/accounting/purchase-register', 'report-purchaseRegister'],
  ['/gst/gstr1', 'gstr1'],
  ['/gst/gstr3b', 'gstr3b'],
  ['/inventory F5', 'report-stockValuation'],
] as const;

/**
 * The shop the books e2e files open: capital brought in, a credit sale on Sunita's khata, a cash
 * sale and an electricity bill paid in cash; then the owner logged in, in Chromium.
 */
export async function openBooksE2e(): Promise<BooksE2e> {
  const served = await serveTestHost();
  const owner = await served.host.as('owner', 'e2e-books-owner');
  const staff = await served.host.as('staff', 'e2e-books-counter');
  await owner.call('accounting.journal', {
    clientRef: 'e2e-books-capital',
    narration: 'Capital brought in',
    lines: [
      { account: 'CASH', debitPaise: 5000000 },
      { account: 'CAPITAL', creditPaise: 5000000 },
    ],
  });
  const [sunita] = await staff.call('customers.search', { q: 'Sunita' });
  const sunitaId = sunita!.id;
  const [atta] = await staff.call('catalog.search', { q: 'atta', limit: 1 });
  const [cola] = await staff.call('catalog.search', { q: 'coca', limit: 1 });
  // A credit sale on Sunita's khata and a cash sale, as the counter posts them.
  const quote = await staff.call('billing.quote', {
    lines: [
      { productId: atta!.id, qtyMilli: 2000 },
      { productId: cola!.id, qtyMilli: 1000 },
    ],
  });
  const creditBill = quote.totals.payablePaise;
  await staff.call('billing.postInvoice', {
    clientRef: 'e2e-books-khata-1',
    customerId: sunitaId,
    lines: [
      { productId: atta!.id, qtyMilli: 2000 },
      { productId: cola!.id, qtyMilli: 1000 },
    ],
    tenders: [{ method: 'credit', amountPaise: creditBill }],
  });
  const cash = await staff.call('billing.quote', { lines: [{ productId: cola!.id, qtyMilli: 3000 }] });
  await staff.call('billing.postInvoice', {
    clientRef: 'e2e-books-cash-1',
    lines: [{ productId: cola!.id, qtyMilli: 3000 }],
    tenders: [{ method: 'cash', amountPaise: cash.totals.payablePaise }],
  });
  await owner.call('accounting.expense', {
    clientRef: 'e2e-books-exp-1',
    account: 'ELECTRICITY',
    amountPaise: 184000,
    paidFrom: 'CASH',
    reference: 'MPEB Nov',
  });

  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  mkdirSync('test-results', { recursive: true });
  await page.goto(served.http.url);
  await logIn(page, /Ramesh \(Owner\)/, '1111');
  await page.getByRole('navigation', { name: 'Screens' }).waitFor();

  // The app scrolls inside its own frame, so the window grows for the picture.
  const shot = async (name: string) => {
    const height = await page.evaluate<number>("Math.max(768, (document.querySelector('.screen')?.scrollHeight ?? 0) + 40)");
    await page.setViewportSize({ width: 1366, height: Math.min(height, 3000) });
    await page.screenshot({ path: `test-results/books-${name}.png` });
    await page.setViewportSize({ width: 1366, height: 768 });
  };
  const close = async () => {
    await browser.close();
    await served.stop();
  };
  return { served, browser, page, owner, sunitaId, creditBill, shot, close };
}
