/**
 * Money is integer paise. No float ever holds an amount outside this folder, and every rounding
 * rule the books use is a named function here (docs/MONEY.md lists them).
 */
export type Paise = number;

export function isPaise(n: unknown): n is Paise {
  return typeof n === 'number' && Number.isSafeInteger(n);
}

/** Throws if a computed amount left the safe integer range (a bug, not bad input). */
export function assertSafe(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} is not a safe integer: ${n}`);
  return n;
}

/**
 * numerator / denominator rounded to the nearest integer, exact halves away from zero
 * ("half-up" in gst-conventions.md). Integer arithmetic only, so 0.5 is never a float artefact.
 */
export function divHalfUp(numerator: number, denominator: number): number {
  assertSafe(numerator, 'numerator');
  if (!Number.isSafeInteger(denominator) || denominator <= 0) throw new RangeError(`bad denominator ${denominator}`);
  const sign = numerator < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  const q = Math.floor(n / denominator);
  const r = n - q * denominator;
  return sign * (2 * r >= denominator ? q + 1 : q);
}

/** Sum of integers, checked. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return assertSafe(total, 'sum');
}

/** Rule "invoice round-off": payable is the invoice value rounded to the nearest rupee, half-up. */
export function roundToRupee(paise: Paise): Paise {
  return divHalfUp(paise, 100) * 100;
}

/**
 * Rule "bill discount spread": split `total` over lines in proportion to `weights`
 * (their gross), largest remainder going to the largest line, so the parts sum exactly.
 */
export function spreadByWeight(total: Paise, weights: readonly number[]): Paise[] {
  const weightSum = sum(weights);
  if (weights.length === 0 || total === 0) return weights.map(() => 0);
  if (weightSum <= 0) throw new RangeError('cannot spread over zero weights');
  const parts = weights.map((w) => Math.floor((total * w) / weightSum));
  let left = total - sum(parts);
  // Hand out the leftover paise one at a time, largest weight first (ties: earliest line).
  const order = weights.map((w, i) => ({ w, i })).sort((a, b) => b.w - a.w || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const slot = order[k];
    if (slot) parts[slot.i] = (parts[slot.i] ?? 0) + 1;
  }
  return parts;
}

/** Paise as a rupee number with two decimals, for JSON that a portal wants in rupees. */
export function toRupeeNumber(paise: Paise): number {
  return Math.round(paise) / 100;
}

/**
 * Whether qtyMilli × unitPaise ÷ 1000 (a line's amount) is within `max` paise, decided exactly
 * before it is computed: the product of two bounded inputs can itself leave the safe range.
 */
export function lineWithin(qtyMilli: number, unitPaise: number, max: Paise): boolean {
  return BigInt(Math.abs(qtyMilli)) * BigInt(Math.abs(unitPaise)) <= BigInt(max) * 1000n;
}
