import { formatAmount } from '../../../core/format';

/** 1,00,000.00 in a right-aligned cell; blank for zero when `blankZero`. */
export function Amt({ paise, blankZero = false, testId, className = '' }: { paise: number; blankZero?: boolean; testId?: string; className?: string }) {
  return (
    <td className={`num ${className}`} data-testid={testId}>
      {blankZero && paise === 0 ? '' : formatAmount(paise)}
    </td>
  );
}

/** A signed balance as accountants write it: 1,250.00 Dr / 300.00 Cr (in Hindi नामे / जमा, the words given). */
export function drCr(paise: number, words: { dr: string; cr: string } = { dr: 'Dr', cr: 'Cr' }): string {
  if (paise === 0) return '0.00';
  return `${formatAmount(Math.abs(paise))} ${paise > 0 ? words.dr : words.cr}`;
}
