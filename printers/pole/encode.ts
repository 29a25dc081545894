import { formatAmount } from '../../app/core/format';

/**
 * A customer pole display: two lines of 20 characters, driven with the ESC/POS display commands
 * most VFD poles accept (Epson DM-D compatible): ESC @ to reset, CLR to clear, US $ x y to move.
 */
export const POLE_COLUMNS = 20;

export interface PoleContent {
  stage: 'idle' | 'cart' | 'payment' | 'done';
  shopName: string;
  lastLine: { name: string; amountPaise: number } | null;
  payablePaise: number;
  upiAmountPaise: number;
  changePaise: number;
}

const ascii = (s: string) => s.replace(/₹/g, 'Rs').replace(/[^\x20-\x7E]/g, '');
function edges(left: string, right: string): string {
  const r = ascii(right);
  return (
    ascii(left)
      .slice(0, Math.max(0, POLE_COLUMNS - r.length - 1))
      .padEnd(POLE_COLUMNS - r.length) + r
  );
}
const centre = (s: string) => {
  const t = ascii(s).slice(0, POLE_COLUMNS);
  return t.padStart(Math.floor((POLE_COLUMNS + t.length) / 2)).padEnd(POLE_COLUMNS);
};

/** The two lines the pole shows for a counter state. */
export function poleLines(c: PoleContent): [string, string] {
  switch (c.stage) {
    case 'idle':
      return [centre('Welcome / Namaste'), centre(c.shopName)];
    case 'cart':
      return [c.lastLine ? edges(c.lastLine.name, formatAmount(c.lastLine.amountPaise)) : centre(c.shopName), edges('TOTAL', formatAmount(c.payablePaise))];
    case 'payment':
      return [edges('TOTAL', formatAmount(c.payablePaise)), c.upiAmountPaise > 0 ? edges('Pay by UPI', formatAmount(c.upiAmountPaise)) : centre('Please pay')];
    case 'done':
      return [c.changePaise > 0 ? edges('CHANGE', formatAmount(c.changePaise)) : centre('Paid. Thank you!'), centre('Visit again')];
  }
}

export function poleBytes([top, bottom]: [string, string]): Buffer {
  return Buffer.concat([
    Buffer.from([0x1b, 0x40, 0x0c]),
    Buffer.from([0x1f, 0x24, 1, 1]),
    Buffer.from(top, 'latin1'),
    Buffer.from([0x1f, 0x24, 1, 2]),
    Buffer.from(bottom, 'latin1'),
  ]);
}
