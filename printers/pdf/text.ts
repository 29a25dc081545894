import { onFirstUse } from '../on-first-use';
import type * as fontkit from 'fontkit';
import type PDFDocument from 'pdfkit';
import { fontBytes, type FontFace } from '../raster/fonts';

// The same copy pdfkit loads for itself (its CommonJS build), so a parsed font is one it knows.
const fontkitModule = onFirstUse<typeof fontkit>('fontkit');

/**
 * Text in a PDF with Hindi and English mixed. pdfkit shapes Devanagari correctly but has no font
 * fallback, so text is cut into script runs and each run is set in the font that has its glyphs:
 * Noto Sans Devanagari for Devanagari, its full stops (। and ॥, which Unicode counts as common
 * to Indian scripts) and ₹, Noto Sans for the rest (other punctuation too: the Devanagari font has
 * none). Spaces stay with the run they are in. All runs share one baseline.
 */
type Doc = InstanceType<typeof PDFDocument>;
type Script = 'latin' | 'deva';

const DEVA = /[\p{Script=Devanagari}\u0964\u0965\u20B9]|\u200C|\u200D/u;
// Only spaces join either script's run: punctuation lives in the Latin font alone.
const NEUTRAL = /\s/;

export function scriptRuns(text: string): Array<{ script: Script; text: string }> {
  const runs: Array<{ script: Script; text: string }> = [];
  for (const ch of text) {
    const last = runs.at(-1);
    const script: Script = DEVA.test(ch) ? 'deva' : 'latin';
    if (last && (last.script === script || NEUTRAL.test(ch))) last.text += ch;
    else runs.push({ script, text: ch });
  }
  return runs;
}

// Parsed once per process: fontkit re-reading a font's tables for every document was most of its cost.
const parsed = new Map<FontFace, fontkit.Font>();
function parsedFont(face: FontFace): fontkit.Font {
  let font = parsed.get(face);
  if (!font) {
    const created = fontkitModule().create(fontBytes(face));
    if (!('layout' in created)) throw new Error(`font ${face} is a collection, not one font`);
    parsed.set(face, (font = created));
  }
  return font;
}

export function registerPdfFonts(doc: Doc): void {
  // pdfkit takes a fontkit font as it is (its own types only list paths and bytes)
  for (const face of ['latin', 'latinBold', 'deva', 'devaBold'] satisfies FontFace[]) doc.registerFont(face, parsedFont(face) as unknown as Buffer);
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
}

const faceOf = (script: Script, bold = false): FontFace => (script === 'deva' ? (bold ? 'devaBold' : 'deva') : bold ? 'latinBold' : 'latin');

export function textWidth(doc: Doc, text: string, style: TextStyle): number {
  let w = 0;
  for (const run of scriptRuns(text)) w += doc.font(faceOf(run.script, style.bold)).fontSize(style.size).widthOfString(run.text);
  return w;
}

/** Cuts text to `max` points wide, ending in "…" when it had to be cut. */
export function fitText(doc: Doc, text: string, style: TextStyle, max: number): string {
  if (textWidth(doc, text, style) <= max) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(doc, `${chars.join('')}…`, style) > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** One line of text at (x, y), aligned inside `width`; never wraps. */
export function put(doc: Doc, text: string, x: number, y: number, style: TextStyle, width?: number, align: 'left' | 'right' | 'center' = 'left'): void {
  const shown = width === undefined ? text : fitText(doc, text, style, width);
  const w = textWidth(doc, shown, style);
  let cx = width === undefined || align === 'left' ? x : align === 'right' ? x + width - w : x + (width - w) / 2;
  doc.fillColor(style.color ?? '#000');
  for (const run of scriptRuns(shown)) {
    doc.font(faceOf(run.script, style.bold)).fontSize(style.size);
    // One alphabetic baseline for both fonts: their ascents differ, so tops would not line up.
    doc.text(run.text, cx, y + style.size * 0.95, { lineBreak: false, baseline: 'alphabetic' });
    cx += doc.widthOfString(run.text);
  }
}

/** Words wrapped to `width` points; returns the lines (each drawn with put). */
export function wrapText(doc: Doc, text: string, style: TextStyle, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(doc, next, style) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
