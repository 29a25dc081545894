import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoBarcode } from '../../app/host/demo/demo-shop';
import { launchChromium, scanCode } from '../support/browser';
import { serveTestHost, type ServedHost } from '../support/served-host';

const VIEWS = [
  { tag: 'desk-en', lang: 'en', viewport: { width: 1366, height: 768 }, touch: false },
  { tag: 'desk-hi', lang: 'hi', viewport: { width: 1366, height: 768 }, touch: false },
  { tag: 'tablet-en', lang: 'en', viewport: { width: 820, height: 1180 }, touch: true },
  { tag: 'tablet-hi', lang: 'hi', viewport: { width: 820, height: 1180 }, touch: true },
] as const;

let served: ServedHost | undefined;
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  await served?.stop();
});

type View = (typeof VIEWS)[number];

async function open(view: View): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ viewport: view.viewport, hasTouch: view.touch, isMobile: view.touch });
  await context.addInitScript((lang) => localStorage.setItem('sk.lang', lang), view.lang);
  const page = await context.newPage();
  await page.goto(served!.http.url);
  return { context, page };
}

const shot = (page: Page, view: View, step: string) => page.screenshot({ path: `test-results/people-${view.tag}-${step}.png` });

/** Registers this browser with a code and a name, on the "register this device" screen. */
async function register(page: Page, name: string, code: string) {
  await page.getByTestId('register-device').waitFor();
  await page.locator('input[name=device-name]').fill(name);
  await page.locator('input[name=device-code]').fill(code);
  await page.locator('input[name=device-code]').press('Enter');
}

async function logIn(page: Page, view: View, name: RegExp, pin: string) {
  const tile = page.getByRole('button', { name });
  await (view.touch ? tile.tap() : tile.click());
  if (view.touch) for (const d of pin) await page.locator('.pin-pad button', { hasText: new RegExp(`^${d}$`) }).tap();
  else await page.keyboard.type(pin);
  if (view.touch) await page.locator('.pin-pad button', { hasText: '↵' }).tap();
  else await page.keyboard.press('Enter');
}

describe('people and devices, in Chromium', () => {
  for (const view of VIEWS) {
    it(`owner adds a cashier who bills on a registered tablet, cannot reach Users, and is sent out when deactivated; an unregistered browser cannot bill (${view.tag})`, async () => {
      mkdirSync('test-results', { recursive: true });
      served = await serveTestHost({ registerDevicesOnLogin: false, sessionsNeverExpire: false });
      browser = await launchChromium();
      const setup = await served.host.as('owner', 'setup-owner');

      // The owner's browser is registered once with a code from a registered screen.
      const a = await open(view);
      await a.page.getByTestId('register-device').waitFor();
      await shot(a.page, view, '1-register');
      await register(a.page, 'Counter', (await setup.call('auth.newDeviceCode', { name: 'Counter' })).code);
      await logIn(a.page, view, /Ramesh/, '1111');
      // The owner lands on the dashboard, under the menu.
      await a.page.getByRole('navigation', { name: 'Screens' }).waitFor();

      // Settings → Users: add Meena, staff, PIN 5678.
      await a.page.goto(`${served.http.url}#/settings/users`);
      await a.page.locator('input[name=new-user-name]').fill('Meena');
      await a.page.locator('input[name=new-user-pin]').fill('5678');
      await a.page.locator('input[name=new-user-pin]').press('Enter');
      await a.page.locator('tr[data-user="Meena"]').waitFor();
      await shot(a.page, view, '2-users');

      // Settings → Devices: a code for the tablet.
      await a.page.goto(`${served.http.url}#/settings/devices`);
      await a.page.locator('input[name=new-device-name]').fill('Tablet');
      await a.page.locator('input[name=new-device-name]').press('Enter');
      const code = (await a.page.getByTestId('device-code').textContent()) ?? '';
      expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      await shot(a.page, view, '3-devices');

      // The cashier's tablet: registered with the code; nobody is picked before she taps her name.
      const b = await open(view);
      await register(b.page, 'Tablet', code);
      await b.page.locator('.user-tile').first().waitFor();
      expect(await b.page.locator('.user-tile.picked').count()).toBe(0);
      expect(await b.page.locator('.pin-pad button').first().isDisabled()).toBe(true);
      await logIn(b.page, view, /Meena/, '5678');
      await b.page.getByTestId('user-name').waitFor();
      await scanCode(b.page, demoBarcode(1));
      await expect.poll(() => b.page.getByTestId('cart-line').count()).toBe(1);
      await b.page.keyboard.press('F9');
      await b.page
        .getByLabel(view.lang === 'hi' ? 'नकद मिला' : 'Cash received')
        .first()
        .fill('500');
      await b.page.keyboard.press('F10');
      await expect.poll(() => b.page.getByTestId('last-bill-number').textContent()).toMatch(/^T1\/2\d{3}\/00001$/);
      await shot(b.page, view, '4-cashier-bill');

      // She cannot reach Settings → Users or Devices: no menu entry, and the path shows her own screen.
      expect(await b.page.locator('a[href="#/settings/users"], a[href="#/settings/devices"]').count()).toBe(0);
      await b.page.goto(`${served.http.url}#/settings/users`);
      await b.page.waitForTimeout(300);
      expect(await b.page.getByTestId('users').count()).toBe(0);
      await shot(b.page, view, '5-cashier-no-users');

      // The owner deactivates her: her open session ends on the tablet.
      await a.page.goto(`${served.http.url}#/settings/users`);
      a.page.once('dialog', (d) => void d.accept());
      await a.page.locator('tr[data-user="Meena"] button.danger').click();
      await expect.poll(() => b.page.getByTestId('login-notice').count(), { timeout: 10_000 }).toBe(1);
      expect(await b.page.getByRole('button', { name: /Meena/ }).count()).toBe(0);
      await shot(b.page, view, '6-cashier-ended');
      await shot(a.page, view, '7-owner-after');

      // A third browser nobody registered sees the register screen, and the host refuses its logins.
      const c = await open(view);
      await c.page.getByTestId('register-device').waitFor();
      expect(await c.page.locator('.user-tile').count()).toBe(0);
      await shot(c.page, view, '8-unregistered');
      const cashierId = (await setup.call('users.list', {})).users.find((u) => u.name === 'Meena')!.id;
      await setup.call('users.reactivate', { id: cashierId });
      const stranger = await c.page.evaluate(
        async ([userId]) => {
          const r = await fetch('/api/auth.login', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ userId, pin: '5678', deviceId: 'stranger-browser' }),
          });
          return ((await r.json()) as { error?: { code: string } }).error?.code;
        },
        [cashierId],
      );
      expect(stranger).toBe('FORBIDDEN');
    }, 180_000);
  }
});
