import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServedBrowser, openServedBrowser, openSignedInScreen, type ServedBrowser } from './support/served-browser';

let suite: ServedBrowser;

beforeAll(async () => void (suite = await openServedBrowser({ results: 'test-results' })));
afterAll(() => closeServedBrowser(suite ?? {}));

describe.each([
  { width: 390, height: 844, lang: 'en' as const },
  { width: 820, height: 1180, lang: 'hi' as const },
])('Settings → Devices by touch at $width×$height ($lang)', ({ width, height, lang }) => {
  it('nothing is cut off and every action is in reach: register by code, rename, retire', async () => {
    const page = await openSignedInScreen(suite, { viewport: { width, height }, touch: true, lang, path: '/#/settings/devices' });
    const table = page.getByTestId('devices');
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(1);
    const inReach = async (what: string, box: { x: number; width: number } | null) => {
      expect(box, what).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width + 1, what).toBe(true);
    };
    const rows = table.locator('tbody tr');
    for (let i = 0; i < (await rows.count()); i++) {
      await inReach(`name ${i}`, await rows.nth(i).getByRole('textbox').boundingBox());
      const retire = rows.nth(i).getByRole('button');
      if ((await retire.count()) > 0) await inReach(`retire ${i}`, await retire.boundingBox());
    }
    const submit = page.locator('form').getByRole('button', { name: lang === 'hi' ? /कोड/ : /code/i });
    await inReach('make a code', await submit.first().boundingBox());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width + 1);
    // Renaming by touch: tap the other device's name, type, tap away.
    const other = rows.filter({ has: page.getByRole('button') }).first();
    await other.scrollIntoViewIfNeeded();
    await other.getByRole('textbox').tap();
    await other.getByRole('textbox').fill(`Tablet ${width}`);
    await page.getByTestId('devices').locator('tbody tr').first().locator('td').nth(1).tap();
    const owner = await suite.served.host.as('owner', 'setup-owner');
    await expect.poll(async () => (await owner.call('auth.devices', {})).some((d) => d.name === `Tablet ${width}`)).toBe(true);
    await page.screenshot({ path: `test-results/devices-${width}-${lang}.png`, style: '.toasts { display: none }' });
    await page.context().close();
  }, 90_000);
});
