/** Quantities are integer milli-units: 1 piece = 1000, 0.250 kg = 250 (grams). */
export type Unit = 'pcs' | 'kg' | 'l' | 'g' | 'ml' | 'pack' | 'box' | 'dozen';

export const MILLI = 1000;

/** "3", "0.250 kg", "1.5 l" — whole pieces without decimals, loose goods with three. */
export function formatQty(qtyMilli: number, unit: Unit): string {
  if (unit === 'kg' || unit === 'l') return `${(qtyMilli / MILLI).toFixed(3)} ${unit}`;
  const whole = qtyMilli / MILLI;
  return Number.isInteger(whole) ? String(whole) : whole.toFixed(3).replace(/0+$/, '');
}

/** Parses "1.25" (kg) or "250g" into milli-units; undefined when it is not a quantity. */
export function parseQty(text: string, unit: Unit): number | undefined {
  const t = text.trim().toLowerCase();
  const grams = /^(\d+)\s*(g|gm|ml)$/.exec(t);
  if (grams && (unit === 'kg' || unit === 'l')) return Number(grams[1]);
  const m = /^(\d+)(?:\.(\d{1,3}))?$/.exec(t);
  if (!m) return undefined;
  return Number(m[1]) * MILLI + Number((m[2] ?? '').padEnd(3, '0'));
}
