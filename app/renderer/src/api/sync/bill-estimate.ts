/**
 * An offline bill priced on the device exactly as the counter's engine will price it (inclusive
 * prices, GST backed out per line, round-off to the rupee), so the tender the customer paid adds
 * up when the counter posts the command. The counter prices it again and refuses a bill whose
 * tender does not match; the device then shows that refusal.
 */

export interface EstimateLine {
  qtyMilli: number;
  unitPricePaise: number;
  gstRateBp: number;
  cessRateBp: number;
}

export interface BillEstimate {
  amountPaise: number;
  taxPaise: number;
  roundOffPaise: number;
  payablePaise: number;
}

/** Integer division rounding half away from zero: exact for integers (no fractional paise). */
export function divHalfUp(numerator: number, denominator: number): number {
  const sign = numerator < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  const r = n % denominator;
  const q = (n - r) / denominator;
  return sign * (2 * r >= denominator ? q + 1 : q);
}

export const lineAmountPaise = (qtyMilli: number, unitPricePaise: number) => divHalfUp(qtyMilli * unitPricePaise, 1000);

export function estimateBill(lines: readonly EstimateLine[], rules: { roundOff: boolean; composition: boolean }): BillEstimate {
  let amount = 0;
  let taxable = 0;
  let value = 0;
  for (const line of lines) {
    const gross = lineAmountPaise(line.qtyMilli, line.unitPricePaise);
    amount += gross;
    if (rules.composition) {
      taxable += gross;
      value += gross;
      continue;
    }
    const base = divHalfUp(gross * 10000, 10000 + line.gstRateBp + line.cessRateBp);
    const half = divHalfUp(base * line.gstRateBp, 20000);
    const cess = divHalfUp(base * line.cessRateBp, 10000);
    taxable += base;
    value += base + 2 * half + cess;
  }
  const payable = rules.roundOff ? divHalfUp(value, 100) * 100 : value;
  return { amountPaise: amount, taxPaise: value - taxable, roundOffPaise: payable - value, payablePaise: payable };
}
