import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { formatInr, formatQty, type Unit } from '../../../../core/format';
import { inventoryQueries } from '../../api/inventory';
import { useCreateOrderMutation } from '../../api/purchasing';
import { supplierQueries } from '../../api/suppliers';
import { navigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { useToast } from '../../ui/Toasts';
import { DataTable } from '../../ui/DataTable';

/** Products at or below their reorder level; tick some and make a purchase order for their supplier. */
export function LowStock({ canOrder }: { canOrder: boolean }) {
  const { t } = useT();
  const toast = useToast();
  const low = useQuery(inventoryQueries.lowStock());
  const suppliers = useQuery(supplierQueries.list());
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [supplierId, setSupplierId] = useState('');
  const create = useCreateOrderMutation();
  const [asking, setAsking] = useState(false);
  const supplierBox = useRef<HTMLSelectElement>(null);
  const rows = low.data ?? [];
  const chosen = rows.filter((r) => picked.has(r.productId));
  const nameOf = (id: string | null) => suppliers.data?.find((s) => s.id === id)?.name;
  const lastFrom = [...new Set(chosen.map((r) => nameOf(r.lastSupplierId)).filter((n): n is string => Boolean(n)))];
  const order = () => {
    if (chosen.length === 0) return;
    // An order goes to the supplier the owner names: never guessed from the first row or the first supplier.
    if (!supplierId) {
      setAsking(true);
      supplierBox.current?.focus();
      return;
    }
    const supplier = supplierId;
    create.mutate(
      { supplierId: supplier, lines: chosen.map((r) => ({ productId: r.productId, qtyMilli: Math.max(r.reorderQtyMilli, 1000) })) },
      { onSuccess: (po) => (toast('ok', `${t('createOrder')}: ${po.number}`), navigate('/purchasing?tab=orders')) },
    );
  };
  return (
    <>
      <DataTable
        kind="grid"
        className="low-stock"
        testId="low-stock"
        scroll={null}
        head={
          <>
            <th />
            <th>{t('item')}</th>
            <th className="num">{t('onHand')}</th>
            <th className="num">{t('reorderLevel')}</th>
            <th className="num">{t('reorderQty')}</th>
            <th>{t('supplier')}</th>
            <th className="num">{t('cost')}</th>
          </>
        }
      >
        {rows.map((r) => (
          // on a phone each row is a card: the tick, the name, then each figure under its column's name
          <tr key={r.productId} data-testid="low-stock-row">
            <td className="pick-cell">
              {/* the whole cell is the label: a fingertip's target, not the 13 px box */}
              <label className="pick">
                <input
                  type="checkbox"
                  aria-label={r.name}
                  checked={picked.has(r.productId)}
                  onChange={(e) =>
                    setPicked((s) => {
                      const n = new Set(s);
                      if (e.target.checked) n.add(r.productId);
                      else n.delete(r.productId);
                      return n;
                    })
                  }
                />
              </label>
            </td>
            <td className="ls-name">{r.name}</td>
            <td className="num bad" data-label={t('onHand')}>
              {formatQty(r.qtyMilli, r.unit as Unit)}
            </td>
            <td className="num" data-label={t('reorderLevel')}>
              {formatQty(r.reorderLevelMilli, r.unit as Unit)}
            </td>
            <td className="num" data-label={t('reorderQty')}>
              {formatQty(r.reorderQtyMilli, r.unit as Unit)}
            </td>
            <td className="ls-supplier" data-label={t('supplier')}>
              {nameOf(r.lastSupplierId) ?? '—'}
            </td>
            <td className="num" data-label={t('cost')}>
              {formatInr(r.lastCostPaise)}
            </td>
          </tr>
        ))}
      </DataTable>
      {canOrder && (
        <div className="filters">
          <label className="field">
            <span>{t('supplier')}</span>
            <select
              ref={supplierBox}
              aria-label={t('supplier')}
              aria-invalid={asking && !supplierId}
              value={supplierId}
              onChange={(e) => {
                setSupplierId(e.target.value);
                setAsking(false);
              }}
            >
              <option value="">—</option>
              {(suppliers.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <button className="primary" disabled={chosen.length === 0 || create.isPending} onClick={order}>
            {t('createOrder')} ({chosen.length})
          </button>
        </div>
      )}
      {canOrder && asking && !supplierId && (
        <p className="error" role="alert" data-testid="choose-supplier">
          {t('chooseSupplierFirst')}
          {lastFrom.length > 0 && ` ${t('lastBoughtFrom', { names: lastFrom.join(', ') })}`}
        </p>
      )}
    </>
  );
}
