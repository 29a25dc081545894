import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type { CounterProduct } from '../../../../core/contract';
import { formatDate, formatDateTime, formatInr, formatQty, type Unit } from '../../../../core/format';
import { inventoryQueries, useAdjustStockMutation } from '../../api/inventory';
import { useT } from '../../i18n/i18n';
import { ReportScreen } from '../../ui/report/ReportScreen';
import { ProductPicker } from '../../ui/ProductPicker';
import { useToast } from '../../ui/Toasts';
import { DataTable } from '../../ui/DataTable';

type Picked = z.output<typeof CounterProduct>;

export function Expiring() {
  const { t } = useT();
  const lots = useQuery(inventoryQueries.expiring());
  return (
    <DataTable
      kind="grid"
      testId="expiring"
      scroll={null}
      head={
        <>
          <th>{t('item')}</th>
          <th>{t('batch')}</th>
          <th>{t('expiry')}</th>
          <th className="num">{t('daysLeft')}</th>
          <th className="num">{t('onHand')}</th>
          <th className="num">{t('mrpShort')}</th>
        </>
      }
    >
      {(lots.data ?? []).map((l) => (
        <tr key={`${l.productId}-${l.batchId}`}>
          <td>{l.productName}</td>
          <td>{l.batchNo}</td>
          <td>{l.expiryDate ? formatDate(l.expiryDate) : ''}</td>
          <td className={`num ${l.daysLeft <= 7 ? 'bad' : ''}`}>{l.daysLeft}</td>
          <td className="num">{l.qtyMilli / 1000}</td>
          <td className="num">{l.mrpPaise === null ? '' : formatInr(l.mrpPaise)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Stock value by the shop's method, product by product: the report model, with Excel, PDF and WhatsApp. */
export function Valuation() {
  const { t } = useT();
  const v = useQuery(inventoryQueries.valuation());
  return (
    <>
      {v.data && (
        <div className="stat-row">
          <div className="stat">
            <span>
              {t('valuation')} ({t(v.data.method)})
            </span>
            <strong data-testid="stock-value">{formatInr(v.data.totalPaise)}</strong>
          </div>
        </div>
      )}
      <ReportScreen testId="report-stockValuation" title={t('valuation')} params={{ report: 'stockValuation' }} />
    </>
  );
}

/** Every move of one product, newest first, with the balance after each: for audits. */
export function History() {
  const { t } = useT();
  const [product, setProduct] = useState<Picked | null>(null);
  const h = useQuery(inventoryQueries.history(product?.id ?? ''));
  return (
    <>
      <ProductPicker onPick={setProduct} />
      {product && h.data && (
        <>
          <div className="stat-row">
            <div className="stat">
              <span>{product.name}</span>
              <strong>{formatQty(h.data.onHandMilli, product.unit)}</strong>
              {formatInr(h.data.valuePaise)}
            </div>
          </div>
          <DataTable
            kind="grid"
            testId="history"
            scroll={null}
            head={
              <>
                <th>{t('time')}</th>
                <th>{t('kind')}</th>
                <th>{t('reason')}</th>
                <th className="num">{t('qty')}</th>
                <th className="num">{t('value')}</th>
                <th className="num">{t('balance')}</th>
              </>
            }
          >
            {h.data.moves.map((m) => (
              <tr key={m.id}>
                <td>{formatDateTime(m.at)}</td>
                <td>{moveKindWord(t, m.kind)}</td>
                <td>{m.reason ? reasonWord(t, m.reason) : ''}</td>
                <td className={`num ${m.qtyMilli < 0 ? 'bad' : 'good'}`}>{formatQty(m.qtyMilli, product.unit as Unit)}</td>
                <td className="num">{formatInr(m.valuePaise)}</td>
                <td className="num">{formatQty(m.balanceMilli, product.unit as Unit)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}

type Say = ReturnType<typeof useT>['t'];
const REASONS = ['damage', 'expiry', 'theft', 'count', 'other'] as const;
const MOVE_KINDS = ['sale', 'sale_cancel', 'sale_return', 'purchase', 'purchase_return', 'adjustment', 'opening'] as const;
const known = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
/** A reason or move kind in the reader's words; one the screen does not know yet is shown as the host sent it. */
const reasonWord = (t: Say, reason: string) => (known(REASONS, reason) ? t(`adjustReason_${reason}`) : reason);
const moveKindWord = (t: Say, kind: string) => (known(MOVE_KINDS, kind) ? t(`moveKind_${kind}`) : kind);

/** Write stock off (or back) with a reason; the books follow in the same transaction. */
export function Adjust() {
  const { t } = useT();
  const toast = useToast();
  const [product, setProduct] = useState<Picked | null>(null);
  const adjust = useAdjustStockMutation();
  return (
    <>
      <ProductPicker onPick={setProduct} />
      {product && (
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const qty = Math.round(Number(f.get('qty')) * 1000);
            if (!qty) return;
            adjust.mutate(
              { lines: [{ productId: product.id, qtyMilli: qty, reason: f.get('reason') as (typeof REASONS)[number] }], note: String(f.get('note') ?? '') },
              { onSuccess: (r) => (toast('ok', `${t('saved')}: ${formatInr(r.valueChangePaise)}`), setProduct(null)) },
            );
          }}
        >
          <strong>{product.name}</strong>
          <label className="field">
            <span>{t('qtyChange')}</span>
            <input name="qty" autoFocus inputMode="decimal" size={8} />
          </label>
          <label className="field">
            <span>{t('reason')}</span>
            <select name="reason">
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`adjustReason_${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('note')}</span>
            <input name="note" />
          </label>
          <button className="primary" type="submit" disabled={adjust.isPending}>
            {t('save')} ↵
          </button>
        </form>
      )}
    </>
  );
}
