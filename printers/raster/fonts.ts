import type * as Canvas from '@napi-rs/canvas';
import { onFirstUse } from '../on-first-use';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { woffToSfnt } from './woff';

/** The canvas (Skia) is loaded with the first receipt drawn in Hindi, not at start. */
export const canvasModule = onFirstUse<typeof Canvas>('@napi-rs/canvas');

/**
 * The fonts receipts and invoices are drawn with, shipped as npm packages (Noto, SIL OFL 1.1) so
 * a Windows counter PC needs nothing installed: Noto Sans for Latin, Noto Sans Devanagari for
 * Hindi and the ₹ sign. WOFF (not WOFF2: pdfkit cannot subset WOFF2).
 */
const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  // The packages export only their CSS; its folder holds files/. Inside Electron the fonts are
  // unpacked beside the asar archive (electron-builder.yml asarUnpack), where native code can read them.
  return dirname(require.resolve(name)).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

export type FontFace = 'latin' | 'latinBold' | 'deva' | 'devaBold';

export function fontFile(face: FontFace): string {
  const weight = face.endsWith('Bold') ? 700 : 400;
  return face.startsWith('deva')
    ? join(packageDir('@fontsource/noto-sans-devanagari'), 'files', `noto-sans-devanagari-devanagari-${weight}-normal.woff`)
    : join(packageDir('@fontsource/noto-sans'), 'files', `noto-sans-latin-${weight}-normal.woff`);
}

const sfnt = new Map<FontFace, Buffer>();
/** The font as TrueType bytes, converted from its WOFF once per process (for pdfkit). */
export function fontBytes(face: FontFace): Buffer {
  let bytes = sfnt.get(face);
  if (!bytes) sfnt.set(face, (bytes = woffToSfnt(readFileSync(fontFile(face)))));
  return bytes;
}

/** Family names the canvas knows once registered; a CSS font list falls back Latin → Devanagari. */
export const CANVAS_FAMILY = { latin: 'SK Noto Sans', deva: 'SK Noto Sans Devanagari' } as const;

let registered = false;
export function registerCanvasFonts(): void {
  if (registered) return;
  for (const face of ['latin', 'latinBold', 'deva', 'devaBold'] as const) {
    const family = face.startsWith('deva') ? CANVAS_FAMILY.deva : CANVAS_FAMILY.latin;
    if (!canvasModule().GlobalFonts.registerFromPath(fontFile(face), family)) throw new Error(`Could not load the receipt font ${fontFile(face)}`);
  }
  registered = true;
}
