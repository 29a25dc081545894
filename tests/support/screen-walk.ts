import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { HostOptions } from '../../app/host/create-host';
import { launchChromium, logIn } from './browser';
import { serveTestHost, type ServedHost } from './served-host';

/** What a file of screen tests walks: the served host and one Chromium. */
export interface ScreenWalk {
  served: ServedHost;
  browser: Browser;
}

/** Serves the built screens and starts Chromium; pictures go under test-results/. */
export async function startScreenWalk(options: Partial<HostOptions> = {}): Promise<ScreenWalk> {
  const served = await serveTestHost(options);
  const browser = await launchChromium().catch(async (e: unknown) => {
    await served.stop();
    throw e;
  });
  mkdirSync('test-results', { recursive: true });
  return { served, browser };
}

/** Closes what a walk started, even when its start failed half-way. */
export async function stopScreenWalk(walk: Partial<ScreenWalk> | undefined): Promise<void> {
  await walk?.browser?.close();
  await walk?.served?.stop();
}

export interface View {
  viewport: { width: number; height: number };
  touch: boolean;
  lang: 'en' | 'hi';
}

/** A fresh page at this size (touch or not) in this language, with the demo owner signed in and the menu drawn. */
export async function openAsOwner({ served, browser }: ScreenWalk, { viewport, touch, lang }: View): Promise<Page> {
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  await page.goto(served.http.url);
  await page.evaluate((l) => localStorage.setItem('sk.lang', l), lang);
  await page.reload();
  await logIn(page, lang === 'hi' ? /Ramesh/ : /Ramesh \(Owner\)/, '1111');
  await page.getByRole('navigation', { name: 'Screens' }).waitFor();
  return page;
}
