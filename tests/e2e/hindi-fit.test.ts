import type { Locator, Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fill, type Params } from '../../app/core/i18n';
import { STRINGS, type StringKey } from '../../app/renderer/src/i18n/words';
import { auditWord } from '../../app/core/i18n/audit-lines';
import { lineBox } from '../support/words';
import { goToScreen, openInLanguage, OWNER, STAFF, useServedBrowser, type Person, type ServedBrowser } from './support/served-browser';

/*
 * Hindi screens at tablet and phone width, by touch: a toast never lies over the touch toolbar or
 * the bill's total, a dialog's close button is named in Hindi, the purchase lines' date boxes show
 * their DD-MM-YYYY hint whole at 820, the backups list keeps each date on one line at 390, a tick box is a fingertip’s target.
 * Screenshots in test-results/hindi-fit/.
 */
const OUT = 'test-results/hindi-fit';
const hi = (key: StringKey, params?: Params) => fill(STRINGS[key].hi, params);
let walk: ServedBrowser;
useServedBrowser((parts) => (walk = parts), { results: OUT });

async function open(width: number, height: number, person: Person, path: string) {
  const page = await openInLanguage(walk, { viewport: { width, height }, touch: true, lang: 'hi' }, person);
  await goToScreen(page, walk.served, path);
  return page;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const boxOf = async (l: Locator) => {
  const box = await l.boundingBox();
  if (!box) throw new Error('not drawn');
  return box;
};

describe.each([
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
])('Hindi by touch at $width×$height', ({ width, height }) => {
  it('a toast stays off the touch toolbar and the bill’s total; a dialog closes by its Hindi name', async () => {
    const page = await open(width, height, STAFF, '/counter');
    const search = page.getByLabel(hi('search'), { exact: true }).first();
    await search.tap();
    await search.fill('atta');
    await page
      .getByRole('option', { name: /Aashirvaad/ })
      .first()
      .tap();
    await page.getByTestId('cart-line').first().tap();
    const toolbar = page.getByRole('navigation', { name: 'Keyboard shortcuts' });
    // a cashier's discount is a manager's: the toolbar's button says so in a toast
    await toolbar
      .getByRole('button', { name: new RegExp(hi('discount')) })
      .first()
      .tap();
    const toast = page.locator('.toast').first();
    await toast.waitFor();
    await page.screenshot({ path: `${OUT}/${width}-counter-toast.png` });
    const shown = await boxOf(toast);
    expect(overlaps(shown, await boxOf(toolbar))).toBe(false);
    expect(overlaps(shown, await boxOf(page.getByTestId('payable')))).toBe(false);
    expect(shown.y + shown.height).toBeLessThanOrEqual(height);

    await toolbar
      .getByRole('button', { name: new RegExp(hi('qty')) })
      .first()
      .tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: hi('close'), exact: true }).tap();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.context().close();
  }, 90_000);
});

describe('the upload screens’ file choosers in Hindi by touch at 390', () => {
  it('say the button and “no file chosen / the file’s name” in Hindi, a full finger’s size, the browser’s English input hidden', async () => {
    const page = await open(390, 844, OWNER, '/catalog/import');
    const csv = `${OUT}/statement.csv`;
    writeFileSync(csv, 'Date,Narration,Debit,Credit\n01-11-2026,UPI/412233445566,,183.00\n');
    for (const [path, testId] of [
      ['/catalog/import', 'import-file'],
      ['/gst/hsn', 'hsn-file'],
      ['/bank/import', 'bank-file'],
    ] as const) {
      await goToScreen(page, walk.served, path);
      const button = page.getByTestId(`${testId}-button`);
      await button.waitFor();
      const unseen = (input: Element) => getComputedStyle(input).opacity === '0' && input.getBoundingClientRect().width <= 1;
      expect(await page.getByTestId(testId).evaluate(unseen), path).toBe(true);
      expect(await button.textContent(), path).toBe(hi('pickFile'));
      expect(await page.getByTestId(`${testId}-name`).textContent(), path).toBe(hi('noFileChosen'));
      const box = await boxOf(button);
      expect(box.height, path).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width, path).toBeLessThanOrEqual(390);
    }
    await page.screenshot({ path: `${OUT}/390-bank-file.png` });
    // on the bank's screen a tap opens the system's chooser; the file's name and its lines come back
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('bank-file-button').tap();
    await (await chooser).setFiles(csv);
    expect(await page.getByTestId('bank-file-name').textContent()).toBe(hi('fileChosen', { name: 'statement.csv' }));
    await expect.poll(() => page.getByTestId('bank-import').locator('textarea').inputValue()).toContain('UPI/412233445566');
    await page.context().close();
  }, 90_000);
});

describe('the back office in Hindi', () => {
  it('at 820 the purchase line’s date boxes show the whole DD-MM-YYYY hint', async () => {
    const page = await open(820, 1180, OWNER, '/purchasing/bill');
    await page.getByLabel(hi('search'), { exact: true }).tap();
    await page.getByLabel(hi('search'), { exact: true }).fill('Aashirvaad');
    await page
      .getByRole('option', { name: /Aashirvaad/ })
      .first()
      .tap();
    for (const label of [lineBox('hi', 'mfgDate', 1), lineBox('hi', 'lineExpiry', 1)]) {
      expect(label).toMatch(/^(निर्माण तिथि|एक्सपायरी तिथि), पंक्ति 1$/);
      const box = page.getByLabel(label, { exact: true });
      await box.waitFor();
      const fit = await box.evaluate((el) => {
        const input = el as HTMLInputElement;
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d');
        if (!ctx) return { text: Infinity, room: 0 };
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: ctx.measureText(input.placeholder).width, room };
      });
      expect(fit.text, label).toBeLessThanOrEqual(fit.room);
    }
    await page.screenshot({ path: `${OUT}/820-purchase-line.png` });
    await page.context().close();
  }, 90_000);

  it('at 820 a product’s stock history and the adjustment form speak Hindi, with no internal ids', async () => {
    const page = await open(820, 1180, OWNER, '/inventory');
    const pick = async () => {
      const search = page.getByLabel(hi('search'), { exact: true });
      await search.tap();
      await search.fill('Aashirvaad');
      await page
        .getByRole('option', { name: /Aashirvaad/ })
        .first()
        .tap();
    };
    await page.getByRole('tab', { name: new RegExp(hi('history')) }).tap();
    await pick();
    const table = page.getByTestId('history');
    await table.locator('tbody tr').first().waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain(hi('moveKind_opening'));
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
    await page.screenshot({ path: `${OUT}/820-stock-history.png` });
    await page.getByRole('tab', { name: new RegExp(hi('adjust')) }).tap();
    await pick();
    const reasons = await page.locator('select[name="reason"] option').allTextContents();
    expect(reasons).toEqual((['damage', 'expiry', 'theft', 'count', 'other'] as const).map((r) => hi(`adjustReason_${r}`)));
    await page.getByLabel(hi('note'), { exact: true }).waitFor();
    await page.context().close();
  }, 90_000);

  it('at 820 the audit trail says each action, its record, who and its details in Hindi words, with no method, id or JSON', async () => {
    const page = await open(820, 1180, OWNER, '/accounting/audit');
    const table = page.getByTestId('audit-log').locator('table');
    await table.locator('tbody tr').first().waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    await page.screenshot({ path: `${OUT}/820-audit.png` });
    expect(rows.join('\n')).toContain(auditWord('audit.act.login', 'hi'));
    for (const row of rows) {
      expect(row).not.toMatch(/\b[a-z]+\.[a-z][A-Za-z]+\b/);
      expect(row).not.toMatch(/[{}"]|\b(usr|dev|cust|prod|inv)-[\w-]+/);
    }
    const options = await page.getByTestId('audit-log').locator('select option').allTextContents();
    expect(options.filter((o) => /[a-z]_[a-z]/.test(o))).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('at 390 the backups list keeps each backup’s date and time on one line', async () => {
    const owner = await walk.served.host.as('owner', 'setup-owner');
    await owner.call('shop.backupNow', {});
    const page = await open(390, 844, OWNER, '/settings/backups');
    const when = page.getByTestId('backups').locator('tbody tr td').first();
    await when.waitFor();
    const lines = await when.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
    });
    await page.screenshot({ path: `${OUT}/390-backups.png` });
    expect(lines).toBe(1);
    await page.context().close();
  }, 90_000);
});

/**
 * What a finger and the eye meet on a screen: targets under 44 px, parts off the window's edge, Latin
 * words in table headings, key caps a keyboardless phone cannot press, more than one language switch.
 */
type Fit = { small: string[]; offEdge: string[]; latinHeads: string[]; wrappedTabs: string[]; whereHidden: string[]; keyCaps: string[]; languages: string[] };
async function fitOf(page: Page, width: number): Promise<Fit> {
  return page.evaluate(
    ([width, language]) => {
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && getComputedStyle(el).opacity !== '0';
      };
      const name = (el: Element) => `${el.tagName} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}”`;
      const targets = Array.from(
        document.querySelectorAll('button, select, input:not([type=checkbox]):not([type=radio]), a.button, .menu a, .submenu a, nav.tabs a'),
      ).filter(shown);
      const small = targets
        .filter((el) => el.getBoundingClientRect().height < 43.5 || (el.matches('button, a.button, .menu a') && el.getBoundingClientRect().width < 43.5))
        .map(name);
      const inScrollBox = (el: Element) => {
        for (let p = el.parentElement; p; p = p.parentElement)
          if (/auto|scroll/.test(getComputedStyle(p).overflowX) && p.getBoundingClientRect().right <= width + 1) return true;
        return false;
      };
      const offEdge = Array.from(document.querySelectorAll('.screen *'))
        .filter((el) => shown(el) && el.getBoundingClientRect().right > width + 1 && !inScrollBox(el))
        .map(name);
      const latinHeads = Array.from(document.querySelectorAll('th'))
        .filter(shown)
        .map((th) => th.textContent?.trim() ?? '')
        .filter((text) => /[A-Za-z]{2,}/.test(text));
      // a tab's words on one line: a row of tabs scrolls sideways rather than squeezing one into two lines
      const wrappedTabs = Array.from(document.querySelectorAll('[role=tab]'))
        .filter((tab) => {
          const range = document.createRange();
          range.selectNodeContents(tab);
          return shown(tab) && new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size > 1;
        })
        .map(name);
      // the menu's group, the group's screen and the screen's section open now are in view in their rows
      const whereHidden = Array.from(document.querySelectorAll('.menu a.active, .submenu a.active, nav.tabs a.active'))
        .filter((a) => shown(a) && (a.getBoundingClientRect().left < -1 || a.getBoundingClientRect().right > width + 1))
        .map(name);
      if (document.documentElement.scrollWidth > width) offEdge.push(`the page, ${document.documentElement.scrollWidth} px wide`);
      // where the counter's key bar becomes a touch toolbar, no button, link or tab shows a key cap
      const keyCaps = Array.from(document.querySelectorAll('kbd'))
        .filter((k) => shown(k) && k.closest('button, a, [role=tab], nav'))
        .map((k) => k.textContent?.trim() ?? '');
      const switches = Array.from(document.querySelectorAll('button')).filter((b) => shown(b) && b.textContent?.trim() === language);
      const languages = switches.length === 1 ? [] : [`${switches.length} language buttons`];
      return { small: [...new Set(small)], offEdge: offEdge.slice(0, 10), latinHeads: [...new Set(latinHeads)], wrappedTabs, whereHidden, keyCaps, languages };
    },
    [width, hi('language')] as const,
  );
}

const BACK_OFFICE = [
  '/dashboard',
  '/catalog',
  '/inventory',
  '/purchasing',
  '/khata',
  '/accounting/trial-balance',
  '/accounting/day',
  '/accounting/accounts',
  '/accounting/audit',
  '/vouchers/payment',
  '/gst/gstr1',
  '/gst/rates',
  '/bank/import',
  '/reports',
  '/settings/backups',
];

describe.each([
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
])('the back office in Hindi by touch at $width×$height', ({ width, height }) => {
  it('every button, field and menu link is a finger’s size, nothing runs off the edge unscrolled, table headings are in Hindi', async () => {
    const page = await open(width, height, OWNER, '/catalog');
    const found: Record<string, Fit> = {};
    for (const path of BACK_OFFICE) {
      await goToScreen(page, walk.served, path);
      await page.locator('.screen table, .screen form, .screen .panel, .screen .dashboard').first().waitFor();
      const fit = await fitOf(page, width);
      if (Object.values(fit).some((list) => list.length > 0)) found[path] = fit;
    }
    await page.screenshot({ path: `${OUT}/${width}-last-back-office.png` });
    expect(found).toEqual({});
    await page.context().close();
  }, 180_000);
});

describe('tick boxes and radios by touch in Hindi at 390', () => {
  it('each is a fingertip’s target (its label 44 px tall) and keeps its own size beside a long label', async () => {
    const page = await open(390, 844, OWNER, '/settings/web-shop');
    for (const path of ['/settings/web-shop', '/reports/custom', '/settings/shop']) {
      await goToScreen(page, walk.served, path);
      await page.locator('label input[type=checkbox], label input[type=radio]').first().waitFor();
      const boxes = await page
        .locator('label:has(> input[type=checkbox]), label:has(> input[type=radio])')
        .evaluateAll((labels) => labels.map((l) => ({ label: l.getBoundingClientRect().height, box: l.querySelector('input')?.getBoundingClientRect() })));
      expect.soft(boxes.filter((b) => b.label < 44 || b.box?.width !== b.box?.height).length, `${path}: ${JSON.stringify(boxes)}`).toBe(0);
    }
    await page.context().close();
  }, 60_000);
});
