/**
 * Fixed-width text for thermal printers. Device fonts have no ₹ and no Devanagari, so text is
 * folded to ASCII here ("₹" → "Rs.", accents dropped); Hindi goes as a raster image instead.
 */
export function toDeviceText(s: string): string {
  const latin = s
    .replace(/₹\s?/g, 'Rs.')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const device = latin.replace(/[^\x20-\x7E]/g, '');
  // What is left of a bilingual "Thank you / धन्यवाद" once the Hindi is gone loses its dangling
  // separator; plain text keeps its own (a wrapped line may end "delivery," or "Indore,").
  return device.length === latin.length ? device.replace(/\s+$/, '') : device.replace(/[\s/,|-]+$/, '');
}

export function fit(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const t = s.length > width ? s.slice(0, width) : s;
  return align === 'left' ? t.padEnd(width) : t.padStart(width);
}

/** One line of columns; the first column takes what the others leave. */
export function row(width: number, cells: ReadonlyArray<{ text: string; width?: number; align?: 'left' | 'right' }>): string {
  const fixed = cells.reduce((s, c) => s + (c.width ?? 0), 0);
  const gaps = cells.length - 1;
  return cells
    .map((c) => fit(toDeviceText(c.text), c.width ?? Math.max(1, width - fixed - gaps), c.align ?? 'left'))
    .join(' ')
    .slice(0, width);
}

/** left text, right text, padded apart to the full width */
export function leftRight(width: number, left: string, right: string): string {
  const r = toDeviceText(right);
  return fit(toDeviceText(left), Math.max(0, width - r.length - 1)) + ' ' + r;
}

/** left and right on one line when they fit, else on two (a 58 mm receipt has 32 columns). */
export function pair(width: number, left: string, right: string): string[] {
  const l = toDeviceText(left);
  const r = toDeviceText(right);
  return l.length + 1 + r.length <= width ? [leftRight(width, l, r)] : [l.slice(0, width), fit(r, width, 'right')];
}

/** Words wrapped to the width (long words are cut). */
export function wrap(s: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of toDeviceText(s).split(/\s+/).filter(Boolean)) {
    const w = word.length > width ? word.slice(0, width) : word;
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}
