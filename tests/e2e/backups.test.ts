import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from '../../app/core/contract';
import type { ServedHost } from '../support/served-host';
import { closeServedBrowser, openServedDesk, signInAt } from './support/served-browser';

/**
 * Settings → Backups as the owner uses it in Chromium: the alert on every screen until a good
 * backup exists, a backup with F5, the owner's folder, a preview that reads the backup again, and a
 * restore that really swaps the live shop file (the host reopens it: a bill posted after the backup
 * is gone, the file before it is kept as a checked backup). Then the same screen in Hindi, by touch
 * at 820×1180 and 390×844, and the alert for a folder that went missing.
 */
let served: ServedHost;
let browser: Browser;
let page: Page;
let owner: ApiClient;
let usb: string;

const bill = (ref: string) => ({
  clientRef: ref,
  lines: [{ productId: 'prod-demo-014', qtyMilli: 1000 }],
  tenders: [{ method: 'cash' as const, amountPaise: 2500 }],
});

beforeAll(async () => {
  ({ served, browser, page } = await openServedDesk({ results: 'test-results' }));
  owner = await served.host.as('owner', 'e2e-backups-api');
  usb = mkdtempSync(join(tmpdir(), 'sk-usb-'));
  await signInAt(page, served.http.url);
});
afterAll(async () => {
  await closeServedBrowser({ served, browser });
  if (usb) rmSync(usb, { recursive: true, force: true });
});

describe('backups screen', { timeout: 120_000 }, () => {
  it('alerts the owner on the dashboard until a good backup exists, and links to the backups', async () => {
    const alert = page.getByTestId('backup-alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('No good backup has been made yet');
    await page.screenshot({ path: 'test-results/backups-alert-dashboard.png' });
    await alert.getByRole('link', { name: 'Open Backups' }).click();
    await page.getByTestId('backups-screen').waitFor();
    expect(await page.getByTestId('backups-screen').textContent()).toContain('Kept: one for each of the last 48 hours, 30 days and 12 months');
  });

  it('makes a checked backup with F5, and the alert goes', async () => {
    await page.keyboard.press('F5');
    await expect.poll(() => page.locator('[data-backup]').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('[data-backup]').first().textContent()).toContain('Good (full check)');
    await expect.poll(() => page.getByTestId('backup-alert').count()).toBe(0);
  });

  it('chooses the owner’s folder at the counter PC and copies the next backup there', async () => {
    await page.getByLabel('Folder', { exact: true }).fill(join(usb, 'no-such-stick'));
    await page.getByRole('button', { name: 'Use this folder' }).click();
    await expect.poll(() => page.locator('.toast').last().textContent()).toContain('is not there (is the USB stick plugged in?)');
    await page.getByLabel('Folder', { exact: true }).fill(usb);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('backup-folder').textContent()).toContain(usb);
    await page.keyboard.press('F5');
    await expect.poll(() => page.locator('[data-backup]').count(), { timeout: 30_000 }).toBe(3);
    expect(await page.getByTestId('backups').textContent()).toContain('Your folder');
    expect(readdirSync(usb).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
    await page.screenshot({ path: 'test-results/backups-list.png', fullPage: true });
  });

  it('previews the oldest backup and restores it: the live file goes back, the file before is kept', async () => {
    const firstBackup = await page.locator('[data-backup]').last().getAttribute('data-backup');
    const before = (await owner.call('shop.previewBackup', { file: firstBackup ?? '', place: 'data' })).check;
    const late = await owner.call('billing.postInvoice', bill('e2e-backup-after'));
    expect((await owner.call('billing.findInvoice', { number: late.number })).id).toBe(late.id);

    await page.locator('[data-backup]').last().getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByTestId('backup-preview');
    await expect.poll(() => preview.getByTestId('preview-bills').textContent(), { timeout: 30_000 }).toBe((before?.bills ?? -1).toLocaleString('en-IN'));
    expect(await preview.getByTestId('preview-last-bill').textContent()).toContain(before?.lastBill?.number ?? 'none');
    await page.screenshot({ path: 'test-results/backups-preview.png' });
    const started = Date.now();
    await preview.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByTestId('restored-note').waitFor({ timeout: 100_000 });
    const took = Date.now() - started;
    console.log(`restore through the screen: ${took} ms`);

    // The live file is the backup now: the later bill is gone; a backup of what was there holds it.
    const after = await served.host.as('owner', 'e2e-backups-check');
    await expect(after.call('billing.findInvoice', { number: late.number })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const list = await after.call('shop.backups', {});
    const kept = list.backups.find((b) => b.kind === 'restore');
    expect(kept?.check?.ok).toBe(true);
    expect(kept?.check?.bills).toBe((before?.bills ?? 0) + 1);
    expect(await page.getByTestId('restored-note').textContent()).toContain(kept?.file ?? 'missing');
    // and the host goes on billing into the restored file
    await after.call('billing.postInvoice', bill('e2e-backup-after-restore'));
  });
});

describe('in Hindi, by touch, and when the folder goes missing', { timeout: 120_000 }, () => {
  it('shows the screen in Hindi at 820×1180 and 390×844, preview by tap', async () => {
    for (const viewport of [
      { width: 820, height: 1180 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport, hasTouch: true, isMobile: viewport.width < 500 });
      const touch = await context.newPage();
      await touch.goto(served.http.url);
      await touch.evaluate(() => localStorage.setItem('sk.lang', 'hi'));
      await touch.reload();
      await touch.getByRole('button', { name: /Ramesh/ }).tap();
      for (const d of '1111↵') await touch.getByRole('button', { name: d, exact: true }).tap();
      await touch.getByRole('navigation').first().waitFor();
      await touch.goto(`${served.http.url}/#/settings/backups`);
      await touch.getByTestId('backups-screen').waitFor();
      expect(await touch.getByTestId('backups-screen').textContent()).toContain('बैकअप, सबसे नया पहले');
      await touch.getByRole('button', { name: 'देखें' }).first().tap();
      await touch.getByTestId('backup-preview').waitFor();
      await expect.poll(() => touch.getByTestId('preview-bills').textContent(), { timeout: 30_000 }).not.toBe('…');
      expect(await touch.getByTestId('backup-preview').textContent()).toContain('पहले मौजूदा फ़ाइल का बैकअप बनेगा');
      await touch.screenshot({ path: `test-results/backups-hi-${viewport.width}.png` });
      // The screen and its dialog fit the width (the menu row above scrolls sideways on its own).
      for (const part of ['backups-screen', 'backup-preview']) {
        const right = await touch.getByTestId(part).evaluate((e) => e.getBoundingClientRect().right);
        expect(right).toBeLessThanOrEqual(viewport.width);
      }
      await touch.getByRole('button', { name: 'Esc बंद करें' }).tap();
      await context.close();
    }
  });

  it('alerts on every owner screen when the chosen folder is missing', async () => {
    rmSync(usb, { recursive: true, force: true });
    expect(existsSync(usb)).toBe(false);
    await page.goto(`${served.http.url}/#/dashboard`);
    await page.reload();
    const alert = page.getByTestId('backup-alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`Your backup folder ${usb} is not there`);
    await page.screenshot({ path: 'test-results/backups-alert-folder.png' });
  });
});
