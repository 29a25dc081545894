import type { ReactNode } from 'react';
import type { REFUND_METHODS } from '../../../core/contract';
import { parseQty, type Unit } from '../../../core/format';
import { useT, type Lang } from '../i18n/i18n';

/** A product's name as the counter shows it: the reader's language first, the other below when the product has both. */
export function itemNames(lang: Lang, name: string, nameHi: string | null | undefined): { main: string; other: string | null } {
  if (lang === 'hi' && nameHi) return { main: nameHi, other: name };
  return { main: name, other: lang === 'hi' ? null : (nameHi ?? null) };
}

/** A figure shown beside each line: sold, returned before, the batch, the cost… */
export interface ReturnColumn<L> {
  label: string;
  num?: boolean;
  cell: (line: L) => ReactNode;
}

/** The quantity typed against each line, as typed, by the line's key. */
export type ReturnQuantities = Readonly<Record<string, string>>;

/**
 * The lines of one bill, each with a box for how much comes back: one table for a sale's return
 * (from the books and at the counter) and for goods back to a supplier.
 */
export function ReturnLinesTable<L>({
  lines,
  lineKey,
  name,
  nameHi,
  columns,
  qtyHeader,
  qtyLabel,
  qty,
  onQty,
  disabled,
  fixed,
  className = 'grid',
  rowTestId,
}: {
  lines: readonly L[];
  lineKey: (line: L) => string;
  name: (line: L) => string;
  /** the product's Hindi name, shown first on a Hindi screen as at the counter */
  nameHi?: (line: L) => string | null;
  columns: ReadonlyArray<ReturnColumn<L>>;
  qtyHeader: { label: string; num?: boolean };
  qtyLabel: (name: string) => string;
  qty: ReturnQuantities;
  onQty: (key: string, text: string) => void;
  disabled?: (line: L) => boolean;
  /** words in place of the box, for a line nobody types a quantity for (the delivery fee) */
  fixed?: (line: L) => ReactNode | null;
  className?: string;
  rowTestId?: string;
}) {
  const { t, lang } = useT();
  return (
    <table className={className}>
      <thead>
        <tr>
          <th>{t('item')}</th>
          {columns.map((c) => (
            <th key={c.label} className={c.num ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
          <th className={qtyHeader.num ? 'num' : undefined}>{qtyHeader.label}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => {
          const key = lineKey(l);
          const shown = itemNames(lang, name(l), nameHi?.(l));
          const words = fixed?.(l) ?? null;
          return (
            <tr key={key} data-testid={rowTestId}>
              <td>
                <div className="item-name">{shown.main}</div>
                {shown.other && <div className="item-alt">{shown.other}</div>}
              </td>
              {columns.map((c) => (
                <td key={c.label} className={c.num ? 'num' : undefined}>
                  {c.cell(l)}
                </td>
              ))}
              <td className={qtyHeader.num ? 'num' : undefined}>
                {words !== null ? (
                  <span className="muted" data-testid="return-charge-note">
                    {words}
                  </span>
                ) : (
                  <input
                    aria-label={qtyLabel(name(l))}
                    inputMode="decimal"
                    autoComplete="off"
                    size={6}
                    disabled={disabled?.(l) ?? false}
                    value={qty[key] ?? ''}
                    onChange={(e) => onQty(key, e.target.value)}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** What the typed quantities come to: the lines to return, or the first line whose quantity is wrong. */
export type PickedReturn<L> =
  { ok: true; picked: Array<{ line: L; qtyMilli: number }> } | { ok: false; line: L; problem: 'notAQuantity' | 'moreThanLeft'; leftMilli: number };

/**
 * Reads the boxes: an empty box is skipped, anything but a quantity above 0 is refused, and so is
 * more than `leftMilli` where the screen knows what is left (otherwise the host checks).
 */
export function pickReturnQuantities<L>(
  lines: readonly L[],
  qty: ReturnQuantities,
  line: { key: (l: L) => string; unit: (l: L) => Unit; leftMilli?: (l: L) => number },
): PickedReturn<L> {
  const picked: Array<{ line: L; qtyMilli: number }> = [];
  for (const l of lines) {
    const text = (qty[line.key(l)] ?? '').trim();
    if (!text) continue;
    const qtyMilli = parseQty(text, line.unit(l));
    const leftMilli = line.leftMilli?.(l) ?? Number.POSITIVE_INFINITY;
    if (qtyMilli === undefined || qtyMilli <= 0) return { ok: false, line: l, problem: 'notAQuantity', leftMilli };
    if (qtyMilli > leftMilli) return { ok: false, line: l, problem: 'moreThanLeft', leftMilli };
    picked.push({ line: l, qtyMilli });
  }
  return { ok: true, picked };
}

/**
 * The words on the delivery fee's line: it has no box, since it comes back by itself, whole, with
 * the return that brings back the last of the goods (accounting.creditNote adds it). Null for goods.
 */
export function useChargeWords<L extends { serviceCharge: boolean; qtyMilli: number; returnedMilli: number; unit: Unit }>(
  lines: readonly L[],
  qty: ReturnQuantities,
  key: (l: L) => string,
): (line: L) => string | null {
  const { t } = useT();
  const goodsAllBack = lines
    .filter((l) => !l.serviceCharge)
    .every((l) => l.qtyMilli - l.returnedMilli - (parseQty((qty[key(l)] ?? '').trim(), l.unit) ?? 0) <= 0);
  return (l) => {
    if (!l.serviceCharge) return null;
    if (l.returnedMilli >= l.qtyMilli) return t('chargeRefunded');
    return goodsAllBack ? t('chargeComesBack') : t('chargeOnlyWithGoods');
  };
}

type Refund = (typeof REFUND_METHODS)[number];

/** How the money goes back, from the ways the screen offers; off the khata only when the bill has a khata to take it off. */
export function RefundSelect<M extends Refund>({
  value,
  onChange,
  methods,
  khata,
  name,
}: {
  value: M;
  onChange: (m: M) => void;
  methods: readonly M[];
  khata: boolean;
  name?: string;
}) {
  const { t } = useT();
  return (
    <label className="field">
      <span>{t('refundBy')}</span>
      <select name={name} value={value} onChange={(e) => onChange(methods.find((m) => m === e.target.value) ?? value)}>
        {methods
          .filter((m) => m !== 'credit' || khata)
          .map((m) => (
            <option key={m} value={m}>
              {t(`refund_${m}`)}
            </option>
          ))}
      </select>
    </label>
  );
}
