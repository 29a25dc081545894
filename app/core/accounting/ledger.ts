import type { Paise } from '../money/index';

/** Running balances down a ledger: each row's balance after it, debit positive. */
export function withRunningBalance<R extends { debitPaise: Paise; creditPaise: Paise }>(
  openingPaise: Paise,
  rows: readonly R[],
): { rows: Array<R & { balancePaise: Paise }>; closingPaise: Paise; debitPaise: Paise; creditPaise: Paise } {
  let balance = openingPaise;
  let debit = 0;
  let credit = 0;
  const out = rows.map((r) => {
    balance += r.debitPaise - r.creditPaise;
    debit += r.debitPaise;
    credit += r.creditPaise;
    return { ...r, balancePaise: balance };
  });
  return { rows: out, closingPaise: balance, debitPaise: debit, creditPaise: credit };
}
