import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { hostWithClients, type TestHost } from '../support/test-host';

// poppler draws the PDF as a real printer would see it; the QR is then read back off the pixels.
const poppler = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdftotext');
let host: TestHost;
let staff: ApiClient;
let dir: string;

beforeAll(async () => {
  ({ host, staff } = await hostWithClients({ staff: 'staff' }));
  dir = mkdtempSync(join(tmpdir(), 'sk-poster-'));
});
afterAll(() => {
  host?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The page as grey pixels (PGM from pdftoppm), made RGBA for jsQR. */
function pagePixels(pdf: string) {
  execFileSync('/usr/bin/pdftoppm', ['-r', '100', '-gray', '-singlefile', pdf, join(dir, 'page')]);
  const pgm = readFileSync(join(dir, 'page.pgm'));
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([grey[i] ?? 255, grey[i] ?? 255, grey[i] ?? 255, 255], i * 4);
  return { rgba, width, height };
}

async function poster(lang: 'en' | 'hi', url: string) {
  const file = await staff.call('orders.poster', { lang, url });
  expect(file).toMatchObject({ fileName: `catalog-poster-${lang}.pdf`, contentType: 'application/pdf' });
  const path = join(dir, file.fileName);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return path;
}

describe.skipIf(!poppler)('the QR poster for the shop wall', () => {
  it('is one A4 page with the shop’s name and a QR that opens the catalog, in English and in Hindi', async () => {
    for (const lang of ['en', 'hi'] as const) {
      const url = lang === 'en' ? 'http://192.168.1.20:4747/shop/' : 'https://relay.example.in/sharma-general-store';
      const pdf = await poster(lang, url);
      const info = execFileSync('/usr/bin/pdfinfo', [pdf]).toString();
      expect(info).toMatch(/Pages:\s+1\n/);
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
      const words = execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-']).toString();
      expect(words).toContain('Sharma General Store');
      expect(words).toContain(url);
      expect(words).toContain(lang === 'en' ? 'Scan with your phone camera' : 'स्कैन करें');
      const { rgba, width, height } = pagePixels(pdf);
      expect(jsQR(rgba, width, height)?.data).toBe(url);
    }
  });

  it('refuses an address that is not a web link, naming the field in the owner’s language', async () => {
    await expect(staff.call('orders.poster', { lang: 'hi', url: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'BAD_PARAMS' });
    const refused = await staff.call('orders.poster', { lang: 'en', url: 'not a link' }).catch((e: { message: string }) => e.message);
    expect(refused).toContain('Catalog address');
  });
});
