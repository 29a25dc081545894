import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { serveTestHost, type ServedHost } from '../support/served-host';

/** The owner makes a new recovery code on Settings → Users, at a desk and on a phone, and keeps its sheet. */
const VIEWS = [
  { tag: 'desk-en', lang: 'en', viewport: { width: 1366, height: 768 }, touch: false, make: 'Make a new recovery code', pdf: 'Save as PDF' },
  { tag: 'phone-hi', lang: 'hi', viewport: { width: 390, height: 844 }, touch: true, make: 'नया रिकवरी कोड बनाएँ', pdf: 'PDF में सहेजें' },
  { tag: 'tablet-hi', lang: 'hi', viewport: { width: 820, height: 1180 }, touch: true, make: 'नया रिकवरी कोड बनाएँ', pdf: 'PDF में सहेजें' },
] as const;
const OUT = 'test-results/recovery-walk';

let served: ServedHost | undefined;
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  await served?.stop();
});

async function logIn(page: Page, touch: boolean, name: RegExp, pin: string) {
  const tile = page.getByRole('button', { name });
  await (touch ? tile.tap() : tile.click());
  if (touch) for (const d of [...pin, '↵']) await page.locator('.pin-pad button', { hasText: new RegExp(`^${d}$`) }).tap();
  else {
    await page.keyboard.type(pin);
    await page.keyboard.press('Enter');
  }
}

describe('the recovery code on Settings → Users, in Chromium', () => {
  for (const view of VIEWS) {
    it(`shows a new code once, saves its sheet as a PDF, and the code unlocks the owner (${view.tag})`, async () => {
      mkdirSync(OUT, { recursive: true });
      served = await serveTestHost();
      browser = await launchChromium();
      const context = await browser.newContext({ viewport: view.viewport, hasTouch: view.touch, isMobile: view.touch });
      await context.addInitScript((lang) => localStorage.setItem('sk.lang', lang), view.lang);
      const page = await context.newPage();
      await page.goto(served.http.url);
      await logIn(page, view.touch, /Ramesh/, '1111');
      await page.getByRole('navigation', { name: 'Screens' }).waitFor();
      await page.goto(`${served.http.url}#/settings/users`);

      const make = page.getByRole('button', { name: view.make });
      await make.scrollIntoViewIfNeeded();
      await (view.touch ? make.tap() : make.click());
      const code = ((await page.getByTestId('recovery-code').textContent()) ?? '').trim();
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
      await page.getByTestId('recovery-code').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUT, `${view.tag}-users.png`) });
      // The Users screen itself fits the width: no field, button or card of it runs off the right edge.
      const cutOff = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.back-office *'))
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((e) => `${e.tagName}.${e.className}`),
      );
      expect(cutOff).toEqual([]);

      const save = page.getByRole('button', { name: view.pdf });
      const [download] = await Promise.all([page.waitForEvent('download'), view.touch ? save.tap({ timeout: 20_000 }) : save.click()]);
      const file = join(OUT, `${view.tag}-recovery.pdf`);
      await download.saveAs(file);
      expect(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).toContain(code);

      const anon = served.host.client();
      const ownerId = (await anon.call('auth.users', {})).find((u) => u.role === 'owner')?.id ?? '';
      expect(await anon.call('auth.recover', { deviceId: `walk-${view.tag}`, userId: ownerId, code })).toEqual({ ok: true });
      await context.close();
    }, 120_000);
  }
});
