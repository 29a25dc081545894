import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';

/** Debian's Chromium, with the flags this machine's closed network needs. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, ...extraFlags], headless: true });
}

/**
 * A page in a fresh context (empty cache) as a cheap phone sees the shop: 390×844 with touch, Slow
 * 4G (150 ms RTT, 1.6 Mbps down, 750 kbps up) and a 4× CPU slowdown. `initScript` runs before the
 * page's own scripts. Close it with `page.context().close()`.
 */
export async function slowPhonePage(browser: Browser, initScript?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  if (initScript !== undefined) await page.addInitScript(initScript);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

/** Logs a demo user in with their PIN, as a cashier does. */
export async function logIn(page: Page, name: RegExp, pin: string) {
  await page.getByRole('button', { name }).click();
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const keyOf = (ch: string) =>
  ch === '\r'
    ? { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' }
    : { key: ch, code: /\d/.test(ch) ? `Digit${ch}` : `Key${ch.toUpperCase()}`, windowsVirtualKeyCode: ch.toUpperCase().charCodeAt(0), text: ch };

/**
 * Types a code as a USB scanner does: its keys `gapMs` apart, then Enter. The gaps are carried in
 * the events' timestamps, as the OS stamps a real scanner's keys, so a test machine too busy to
 * send the keys on time cannot turn a scan into typing (the detector reads event.timeStamp).
 */
export async function scanCode(page: Page, code: string, gapMs = 4) {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  const cdp = await session;
  const start = Date.now() / 1000;
  for (const [i, ch] of [...code, '\r'].entries()) {
    const at = start + (i * gapMs) / 1000;
    const key = keyOf(ch);
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, unmodifiedText: key.text, timestamp: at });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: key.key,
      code: key.code,
      windowsVirtualKeyCode: key.windowsVirtualKeyCode,
      timestamp: at + 0.001,
    });
  }
}
