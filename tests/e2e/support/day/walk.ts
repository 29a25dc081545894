import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { decodeEscPos } from '../../../../printers/virtual/decode';
import type { Lang, Params } from '../../../../app/core/i18n';
import type { StringKey } from '../../../../app/renderer/src/i18n/words';
import type { ServedHost } from '../../../support/served-host';
import { englishWords, word, wordPattern } from '../../../support/words';
import { enterPin } from '../served-browser';

/** One walk through the shop's day: the host, the browser, the page being walked and where its pictures go. */
export interface Walk {
  served: ServedHost;
  browser: Browser;
  page: Page;
  out: string;
  /** bill numbers the walk made, by what they are for */
  bills: Record<string, string>;
  /** the language the screens are walked in */
  lang: Lang;
  /** a screen word in the walk's language */
  say: (key: StringKey, params?: Params) => string;
  /** a screen sentence in the walk's language as a pattern, placeholders any text */
  saying: (key: StringKey) => RegExp;
  /** the shop's own words a Hindi screen may show in English (names typed in English, the file's data) */
  shopWords: Array<string | RegExp>;
  /** what each Hindi screen still said in English, by picture */
  english: Record<string, string[]>;
}

export function newWalk(served: ServedHost, browser: Browser, page: Page, out: string, lang: Lang = 'en'): Walk {
  mkdirSync(out, { recursive: true });
  return {
    served,
    browser,
    page,
    out,
    bills: {},
    lang,
    say: (key, params) => word(lang, key, params),
    saying: (key) => wordPattern(lang, key),
    shopWords: [],
    english: {},
  };
}

/**
 * Signs a demo user in with their PIN: typed at the keyboard, or tapped on the PIN pad. A keyboard
 * walk in Hindi starts each device in Hindi; a touch walk taps the menu's language button itself
 * (`tapLanguage`); an English walk leaves the device's choice alone.
 */
export async function signIn(w: Walk, p: Page, name: RegExp, pin: string, how: 'keys' | 'touch' = 'keys') {
  // a page already at the shop (a user switched) stays where it is: the PIN screen is up
  if (!p.url().startsWith(w.served.http.url)) await p.goto(w.served.http.url);
  if (how === 'keys' && w.lang === 'hi' && (await p.evaluate(() => localStorage.getItem('sk.lang'))) !== 'hi') {
    await p.evaluate((lang) => localStorage.setItem('sk.lang', lang), w.lang);
    await p.reload();
  }
  await enterPin(p, { who: name, pin }, how);
  await expect.poll(() => p.getByTestId('user-name').or(p.getByTestId('signed-in-user')).count()).toBeGreaterThan(0);
}

/** On a Hindi touch walk, taps the menu's हिंदी button; either way the screens then speak the walk's language. */
export async function tapLanguage(w: Walk, p: Page) {
  if (w.lang === 'hi') await p.getByRole('button', { name: 'हिंदी' }).first().tap();
  await expect.poll(() => p.getByRole('button', { name: w.lang === 'hi' ? 'English' : 'हिंदी' }).count()).toBeGreaterThan(0);
}

/**
 * Tab pressed until `target` has the focus (at most `most` times), as a keyboard user moves to a
 * button that has no key of its own; then Enter, unless `enter` is false.
 */
export async function tabTo(p: Page, target: Locator, { enter = true, most = 80, back = false } = {}) {
  await target.waitFor();
  for (let i = 0; !(await target.evaluate((e) => e === document.activeElement)); i++) {
    if (i === most) throw new Error(`Tab did not reach ${target.toString()} in ${most} presses`);
    await p.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  if (enter) await p.keyboard.press('Enter');
}

/** A menu group's Alt-key pressed until the address is the screen wanted (the same key again moves to the group's next screen). */
export async function altTo(p: Page, key: string, hash: RegExp) {
  for (let i = 0; !hash.test(await hashOf(p)); i++) {
    if (i === 6) throw new Error(`${key} did not reach ${hash}; at ${await hashOf(p)}`);
    const before = await hashOf(p);
    await p.keyboard.press(key);
    await expect.poll(() => hashOf(p)).not.toBe(before);
  }
}

/**
 * A screen's F-key for one of its sections (or a screen it opens), pressed once the section's tab (or `drawn`) is there, and again if the
 * address has not moved (a key pressed while the screen was still being drawn reached the screen before it).
 */
export async function sectionKey(p: Page, key: string, path: string, drawn: Locator = p.locator(`a[href="#${path}"]`).first()) {
  await drawn.waitFor();
  for (let i = 0; (await hashOf(p)) !== `#${path}`; i++) {
    if (i === 3) throw new Error(`${key} did not open ${path}; at ${await hashOf(p)}`);
    await p.keyboard.press(key);
    await expect
      .poll(() => hashOf(p), { timeout: 3000 })
      .toBe(`#${path}`)
      .catch(() => undefined);
  }
}

/** Taps the open dialog's close button (named in English or Hindi) and waits until no dialog is left. */
export async function closeDialogByTouch(p: Page) {
  await p
    .getByRole('dialog')
    .getByRole('button', { name: /Close|बंद करें/ })
    .first()
    .tap();
  await expect.poll(() => p.getByRole('dialog').count()).toBe(0);
}

export const cartLines = (p: Page) => p.getByTestId('cart-line');
export const payable = (p: Page) => p.getByTestId('payable').textContent();
export const hashOf = (p: Page) => p.evaluate(() => location.hash);

/**
 * A picture of the whole screen (the page grown to the screen's height, so nothing scrolled away is
 * missed); on a Hindi walk, what the screen still says in English besides the shop's own words.
 */
export async function shot(w: Walk, name: string, p: Page = w.page) {
  if (w.lang === 'hi') w.english[name] = englishWords(await p.evaluate(() => document.body.innerText), w.shopWords);
  const size = p.viewportSize() ?? { width: 1366, height: 768 };
  const height = await p.evaluate<number>("Math.max(innerHeight, (document.querySelector('.screen')?.scrollHeight ?? 0) + 40)");
  if (height > size.height) await p.setViewportSize({ width: size.width, height: Math.min(height, 3000) });
  await p.screenshot({ path: `${w.out}/${name}.png` });
  if (height > size.height) await p.setViewportSize(size);
}

/** The receipts the virtual printer took, decoded, newest last. */
export const printed = (w: Walk) => w.served.printer.jobs.map((j) => decodeEscPos(j.bytes, { strict: false }));

/** The Code128 on the printed receipt of a bill: what a scanner reads off the paper. */
export function receiptCode(w: Walk, bill: string): string {
  const receipt = printed(w).find((d) => d.barcodes.some((b) => b.data === bill));
  return receipt?.barcodes.find((b) => b.type === 'CODE128')?.data ?? '';
}

/** The shop's date today (India), as the host books it. */
export const shopToday = () => new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
