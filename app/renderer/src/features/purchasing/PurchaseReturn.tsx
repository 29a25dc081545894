import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatInr, formatQty, parseQty } from '../../../../core/format';
import { purchasingQueries, usePostPurchaseReturnMutation } from '../../api/purchasing';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';

/**
 * Goods back to the supplier from one purchase bill: the bill's lines with the batch each came in,
 * a quantity to return on each and a reason; the host makes the debit note (stock out of the same
 * lots, input GST reversed) and refuses more than the bill or the lot still holds.
 */
export function PurchaseReturn({ billId, onClose }: { billId: string; onClose: () => void }) {
  const { t } = useT();
  const toast = useToast();
  const bill = useQuery(purchasingQueries.bill(billId));
  const post = usePostPurchaseReturnMutation();
  const [qty, setQty] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const b = bill.data;
  const save = () => {
    if (!b) return;
    const lines = b.lines
      .map((l) => ({ batchId: l.batchId, qtyMilli: parseQty(qty[l.batchId] ?? '', l.unit === 'kg' || l.unit === 'l' ? 'kg' : 'pcs') ?? 0 }))
      .filter((l) => l.qtyMilli !== 0);
    if (lines.length === 0) return toast('error', t('returnNothing'));
    post.mutate(
      { billId: b.id, lines, reason },
      {
        onSuccess: (note) => {
          toast('ok', `${t('debitNoteSaved')}: ${note.number} — ${formatInr(note.totals.totalPaise)}`);
          onClose();
        },
      },
    );
  };
  return (
    <Dialog title={b ? t('supplierReturnTitle', { supplier: b.supplier.name, number: b.number }) : t('returnGoods')} onClose={onClose} wide>
      {b && (
        <form
          data-testid="purchase-return"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <table className="grid">
            <thead>
              <tr>
                <th>{t('item')}</th>
                <th>{t('batch')}</th>
                <th className="num">{t('received')}</th>
                <th className="num">{t('cost')}</th>
                <th>{t('returnQty')}</th>
              </tr>
            </thead>
            <tbody>
              {b.lines.map((l) => (
                <tr key={l.batchId}>
                  <td>{l.name}</td>
                  <td>{l.batchNo || '—'}</td>
                  <td className="num">{formatQty(l.qtyMilli + l.freeMilli, l.unit === 'kg' || l.unit === 'l' ? 'kg' : 'pcs')}</td>
                  <td className="num">{formatInr(l.unitCostPaise)}</td>
                  <td>
                    <input
                      aria-label={`${t('returnQty')} ${l.name}`}
                      inputMode="decimal"
                      size={6}
                      value={qty[l.batchId] ?? ''}
                      onChange={(e) => setQty((q) => ({ ...q, [l.batchId]: e.target.value }))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <label className="field">
            <span>{t('returnReason')}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} />
          </label>
          <div className="actions">
            <button type="button" onClick={onClose}>
              {t('close')}
            </button>
            <button type="submit" className="primary" disabled={post.isPending}>
              {t('postDebitNote')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
