import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, logIn } from '../../support/browser';
import { serveTestHost, type ServedHost } from '../../support/served-host';

export interface ServedBrowser {
  served: ServedHost;
  browser: Browser;
}

export const DESK = { width: 1366, height: 768 };
export const OWNER = { who: /Ramesh \(Owner\)/, pin: '1111' };
export const MANAGER = { who: /Suresh \(Manager\)/, pin: '2222' };
export const STAFF = { who: /Pooja \(Staff\)/, pin: '3333' };
export type Person = typeof OWNER;

/** A served test host and Chromium for one test file; `results` is the screenshots' folder. */
export async function openServedBrowser(opts: { results?: string; flags?: string[] } = {}): Promise<ServedBrowser> {
  if (opts.results) mkdirSync(opts.results, { recursive: true });
  const served = await serveTestHost();
  const browser = await launchChromium(opts.flags);
  return { served, browser };
}

/** The same, with one page at the counter's desk size (1366×768), not yet signed in. */
export async function openServedDesk(opts: { results?: string; flags?: string[] } = {}): Promise<ServedBrowser & { page: Page }> {
  const parts = await openServedBrowser(opts);
  return { ...parts, page: await parts.browser.newPage({ viewport: DESK }) };
}

/** Opens a served host and Chromium before the file's tests and closes them after; `take` keeps the parts. */
export function useServedBrowser(take: (parts: ServedBrowser) => void, opts: { results?: string; flags?: string[] } = {}): void {
  let parts: ServedBrowser | undefined;
  beforeAll(async () => take((parts = await openServedBrowser(opts))), 60_000);
  afterAll(() => closeServedBrowser(parts ?? {}));
}

/** Opens a served desk before the file's tests and closes it after them; `take` keeps its parts. */
export function useServedDesk(take: (parts: ServedBrowser & { page: Page }) => void, opts: { results?: string; flags?: string[] } = {}): void {
  let parts: (ServedBrowser & { page: Page }) | undefined;
  beforeAll(async () => take((parts = await openServedDesk(opts))));
  afterAll(() => closeServedBrowser(parts ?? {}));
}

/** Chromium alone before the file's tests (each test starts a host of its own) and closed after; `take` keeps it. */
export function useChromium(take: (browser: Browser) => void, results: string): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(results, { recursive: true });
    take((browser = await launchChromium()));
  });
  afterAll(() => browser?.close());
}

/** Closes what `openServedBrowser` opened, even when opening stopped half-way. */
export async function closeServedBrowser({ served, browser }: Partial<ServedBrowser>): Promise<void> {
  await browser?.close();
  await served?.stop();
}

/** Picks the person on the sign-in screen and gives their PIN: typed at the keyboard, or tapped on the PIN pad. */
export async function enterPin(page: Page, person: Person, how: 'keys' | 'touch' = 'keys'): Promise<void> {
  if (how === 'keys') return logIn(page, person.who, person.pin);
  await page.getByRole('button', { name: person.who }).tap();
  for (const d of `${person.pin}↵`) await page.getByRole('button', { name: d, exact: true }).tap();
}

/** Signs a demo person in with their PIN at `url` and waits until the menu is there. */
export async function signInAt(page: Page, url: string, person: Person = OWNER): Promise<void> {
  await page.goto(url);
  await logIn(page, person.who, person.pin);
  await page.getByRole('navigation', { name: 'Screens' }).waitFor();
}

export interface ScreenVisit {
  viewport: { width: number; height: number };
  /** a phone or tablet: touch events, the mobile viewport, and the menu's language button tapped */
  touch?: boolean;
  lang?: 'en' | 'hi';
  person?: Person;
  /** the screen's address after the host's url, e.g. `/#/gst/hsn` */
  path: string;
}

/** A fresh browser context signed in, switched to the visit's language from the menu, on one screen. */
export async function openSignedInScreen({ served, browser }: ServedBrowser, visit: ScreenVisit): Promise<Page> {
  const touch = visit.touch ?? false;
  const context = await browser.newContext({ viewport: visit.viewport, hasTouch: touch, isMobile: touch, locale: 'en-IN' });
  const page = await context.newPage();
  await signInAt(page, served.http.url, visit.person);
  if (visit.lang === 'hi') {
    // the user bar's language button (in the menu or the row of a group's screens) comes before any
    // other on the page; the counter, which has no user bar, has its own
    const hindi = page.getByRole('button', { name: 'हिंदी' }).first();
    await (touch ? hindi.tap() : hindi.click());
  }
  await page.goto(`${served.http.url}${visit.path}`);
  return page;
}

/** How a screen is looked at: the window, touch or keys, and the language its words are in. */
export interface Look {
  viewport: { width: number; height: number };
  touch: boolean;
  lang: 'en' | 'hi';
}

/**
 * A fresh browser context whose screens speak the look's language from the sign-in screen on, with
 * the person signed in by the look's hand (PIN typed, or tapped on the PIN pad) and the menu drawn.
 */
export async function openInLanguage({ served, browser }: ServedBrowser, look: Look, person: Person = OWNER): Promise<Page> {
  const context = await browser.newContext({ viewport: look.viewport, hasTouch: look.touch, isMobile: look.touch });
  const page = await context.newPage();
  await page.goto(served.http.url);
  await page.evaluate((lang) => localStorage.setItem('sk.lang', lang), look.lang);
  await page.reload();
  await enterPin(page, person, look.touch ? 'touch' : 'keys');
  await page.getByRole('navigation', { name: 'Screens' }).waitFor();
  return page;
}

/** Goes to a screen by its hash path (e.g. `/counter`) and waits until it is drawn. */
export async function goToScreen(page: Page, served: ServedHost, path: string): Promise<void> {
  await page.goto(`${served.http.url}/#${path}`);
  await page.locator('.screen').first().waitFor();
}
