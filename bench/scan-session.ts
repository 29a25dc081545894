import type { Browser, Page } from 'playwright-core';
import { DEMO_PINS } from '../app/host/demo/demo-shop';
import { summarize } from './lib/stats';
import { probe, SCAN_PROBE, type Lookup, type ScanSample } from './scan-page';

export const CART_LINES = 20;

/** Waits in the page (see SCAN_PROBE's until) and says what happened. */
async function until(page: Page, expression: string): Promise<string> {
  return (await page.evaluate(expression)) as string;
}

async function must(page: Page, expression: string) {
  const r = await until(page, expression);
  if (r === 'timeout') throw new Error(`timed out: ${expression}`);
}

async function login(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: /Pooja \(Staff\)/ }).click();
  await page.keyboard.type(DEMO_PINS.staff);
  await page.keyboard.press('Enter');
  // The counter focuses the search box when it is ready for the scanner.
  await must(page, probe.until('ready'));
}

/** Empties the cart with Del, one line at a time, as a cashier would. */
async function clearCart(page: Page) {
  for (let n = (await page.evaluate(probe.rows)) as number; n > 0; n--) {
    await page.keyboard.press('Delete');
    await must(page, probe.until('rows', n - 1));
  }
}

/**
 * A scan the detector did not take whole (a key came more than 80 ms late, the machine being
 * busy) either opens the unknown-barcode dialog over part of the code, or leaves the digits in
 * the search box whose Enter picks a result (no new row if it is the last one again). Either
 * way: no sample; close the dialog, clear the box, count it.
 */
async function recoverSplitScan(page: Page, dialog: boolean) {
  await page.evaluate(probe.disarmPending);
  if (dialog) {
    await page.keyboard.press('Escape');
    await must(page, probe.until('ready'));
  }
  await page.keyboard.press('Escape');
  await page.waitForTimeout(100);
}

export interface ScanRun {
  samples: ScanSample[];
  lookups: Lookup[];
  split: number;
  pageErrors: string[];
}

/**
 * Logs in as staff and scans `wanted` codes (one product each, so each is a new row and a real
 * lookup: the screen caches a looked-up barcode for a minute), emptying the cart every 20 lines.
 */
export async function scanSession(browser: Browser, url: string, codes: readonly string[], wanted: number): Promise<ScanRun> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript({ content: SCAN_PROBE });
  await login(page, url);
  await page.evaluate(probe.arm);
  let split = 0;
  let inCart = 0;
  let recorded = 0;
  for (const code of codes) {
    if (recorded === wanted) break;
    if (inCart === CART_LINES) {
      await clearCart(page);
      inCart = 0;
    }
    // A USB scanner: the digits a few ms apart, then Enter.
    await page.keyboard.type(code, { delay: 4 });
    await page.keyboard.press('Enter');
    const outcome = await until(page, probe.until('sample', recorded + 1, 3000));
    if (outcome !== 'row') {
      split++;
      await recoverSplitScan(page, outcome === 'dialog');
      continue;
    }
    inCart++;
    recorded++;
    // The next scan comes once the totals are back, as at a real counter (a scan every second or so).
    await must(page, probe.until('quoted'));
    await page.waitForTimeout(30);
  }
  if (recorded < wanted) throw new Error(`only ${recorded} of ${wanted} scans became rows (${split} split)`);
  const run = { samples: (await page.evaluate(probe.samples)) as ScanSample[], lookups: (await page.evaluate(probe.lookups)) as Lookup[], split, pageErrors };
  await page.close();
  return run;
}

/** Splits each scan at its catalog.byBarcode request (the first one after its Enter): before, during, after. */
export function phases(samples: readonly ScanSample[], lookups: readonly Lookup[]) {
  const toRequest: number[] = [];
  const request: number[] = [];
  const afterResponse: number[] = [];
  for (const s of samples) {
    const l = lookups.find((x) => x.start >= s.at && x.end <= s.at + s.fromEvent);
    if (!l) continue;
    toRequest.push(l.start - s.at);
    request.push(l.end - l.start);
    afterResponse.push(s.at + s.fromEvent - l.end);
  }
  return toRequest.length === 0 ? null : { enterToRequest: summarize(toRequest), request: summarize(request), responseToRow: summarize(afterResponse) };
}
