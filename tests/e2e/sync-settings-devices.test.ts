import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SYNC_DOCUMENT } from '../../app/core/contract/sync-documents';
import { launchChromium, logIn } from '../support/browser';
import { serveTestHost, type ServedHost } from '../support/served-host';
import { demoUser } from '../support/test-host';
import { connect, waitFor, type Client } from '../sync/support/clients';
import { billCommand, goneCustomerPayment, pushCommands, recordedCommands } from '../sync/host/support';

/**
 * Settings → Devices shows, for each device, what the counter's embedded relay and applier know:
 * connected now or when it last synced, and its commands (waiting, posted, refused), in English
 * and Hindi, at the counter's screen and by touch on a tablet and a phone.
 */
const OUT = 'test-results/sync-settings-devices';
const TABLET = 'Stock room tablet';
let served: ServedHost;
let browser: Browser;
let outbox: Client | null = null;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  served = await serveTestHost({}, { sync: true });
  browser = await launchChromium();
  // A tablet signs in, opens its outbox on the counter's relay and queues two bills and a khata payment for a customer the shop does not have.
  const user = await demoUser(served.host, 'staff');
  const login = await served.host.client().call('auth.login', { userId: user.id, pin: user.pin, deviceId: 'tablet-settings01', deviceName: TABLET });
  const tablet = { token: login.token, deviceId: login.device.id, userId: user.id, client: served.host.client(login.token, { device: 'tablet-settings01' }) };
  const shopId = served.sync?.shopId ?? '';
  const at = new Date().toISOString();
  const bills = [await billCommand(tablet, 'prod-demo-001', at, 1_000), await billCommand(tablet, 'prod-demo-002', at, 1_000)];
  const gone = goneCustomerPayment(user.id, at, 1_000);
  const before = recordedCommands(served.host);
  outbox = connect(
    `${served.http.url.replace('http://', 'ws://')}/sync`,
    SYNC_DOCUMENT.outbox(shopId, tablet.deviceId, at.slice(0, 7)),
    tablet.token,
    undefined,
    'tablet-settings01',
  );
  await outbox.synced();
  pushCommands(outbox.doc, [...bills, gone]);
  await waitFor('the three commands recorded', () => recordedCommands(served.host) - before === 3);
}, 60_000);
afterAll(async () => {
  outbox?.destroy();
  await browser?.close();
  await served?.stop();
});

const SIZES = [
  { width: 1366, height: 768, lang: 'en' as const, touch: false },
  { width: 820, height: 1180, lang: 'hi' as const, touch: true },
  { width: 390, height: 844, lang: 'en' as const, touch: true },
];
const WORDS = {
  en: { connected: 'Connected now', queue: '0 waiting · 2 posted · 1 refused' },
  hi: { connected: 'अभी जुड़ा है', queue: '0 बाकी · 2 दर्ज · 1 अस्वीकार' },
};

describe('Settings → Devices: each device’s last sync and queue, from the counter', () => {
  it.each(SIZES)(
    'at $width×$height ($lang): connected now, then the time it left, with its commands',
    async ({ width, height, lang, touch }) => {
      const context = await browser.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch, locale: 'en-IN' });
      await context.addInitScript((l) => localStorage.getItem('sk.lang') || localStorage.setItem('sk.lang', l), lang);
      const page = await context.newPage();
      await page.goto(served.http.url);
      await logIn(page, /Ramesh \(Owner\)/, '1111');
      await page.getByRole('navigation', { name: 'Screens' }).waitFor();
      await page.goto(`${served.http.url}/#/settings/devices`);
      const row = page.locator(`[data-testid=devices] tbody tr[data-device="${TABLET}"]`);
      await row.waitFor();
      const words = WORDS[lang];
      const lastSync = row.getByTestId('device-last-sync');
      const queue = row.getByTestId('device-queue');
      if (outbox?.provider.wsconnected) {
        await expect.poll(() => lastSync.textContent()).toContain(words.connected);
      }
      await expect.poll(() => queue.textContent()).toContain(words.queue);
      // Nothing of it cut off, on the phone as on the counter's screen.
      for (const cell of [lastSync, queue]) {
        await cell.scrollIntoViewIfNeeded();
        const box = await cell.boundingBox();
        expect(box !== null && box.x >= 0 && box.x + box.width <= width + 1).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width + 1);
      await page.screenshot({ path: `${OUT}/devices-${width}-${lang}.png`, fullPage: true });

      if (width === 390) {
        // The tablet goes away: the screen says when it was last there (DD-MM-YYYY), asked again by itself.
        outbox?.provider.disconnect();
        await expect.poll(() => lastSync.textContent(), { timeout: 15_000 }).toMatch(/\d\d-\d\d-\d{4}/);
        expect(await lastSync.textContent()).not.toContain(words.connected);
      }
      await context.close();
    },
    90_000,
  );
});
