import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatInr, type Unit } from '../../../../core/format';
import { purchasingQueries, usePostPurchaseReturnMutation } from '../../api/purchasing';
import { useT } from '../../i18n/i18n';
import { useQtyText } from '../../i18n/names';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { itemNames, pickReturnQuantities, ReturnLinesTable, type ReturnQuantities } from '../../ui/ReturnLines';
import { useToast } from '../../ui/Toasts';

/** A purchase line's unit as the bill names it: loose goods are weighed, everything else is counted. */
const unitOf = (unit: string): Unit => (unit === 'kg' || unit === 'l' ? unit : 'pcs');

/**
 * Goods back to the supplier from one purchase bill: the bill's lines with the batch each came in,
 * a quantity to return on each and a reason; the host makes the debit note (stock out of the same
 * lots, input GST reversed) and refuses more than the bill or the lot still holds.
 */
export function PurchaseReturn({ billId, onClose }: { billId: string; onClose: () => void }) {
  const { t, lang } = useT();
  const qtyText = useQtyText();
  const toast = useToast();
  const bill = useQuery(purchasingQueries.bill(billId));
  const post = usePostPurchaseReturnMutation();
  const [qty, setQty] = useState<ReturnQuantities>({});
  const [reason, setReason] = useState('');
  const b = bill.data;
  const save = () => {
    if (!b) return;
    const read = pickReturnQuantities(b.lines, qty, { key: (l) => l.batchId, unit: (l) => unitOf(l.unit) });
    if (!read.ok) return toast('error', t('returnQtyBad', { product: itemNames(lang, read.line.name, read.line.nameHi).main }));
    if (read.picked.length === 0) return toast('error', t('returnNothing'));
    const lines = read.picked.map((p) => ({ batchId: p.line.batchId, qtyMilli: p.qtyMilli }));
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
          <ReturnLinesTable
            lines={b.lines}
            lineKey={(l) => l.batchId}
            name={(l) => l.name}
            nameHi={(l) => l.nameHi}
            columns={[
              { label: t('batch'), cell: (l) => l.batchNo || '—' },
              { label: t('received'), num: true, cell: (l) => qtyText(l.qtyMilli + l.freeMilli, unitOf(l.unit)) },
              { label: t('cost'), num: true, cell: (l) => formatInr(l.unitCostPaise) },
            ]}
            qtyHeader={{ label: t('returnQty') }}
            qtyLabel={(name) => `${t('returnQty')} ${name}`}
            qty={qty}
            onQty={(key, text) => setQty((q) => ({ ...q, [key]: text }))}
          />
          <label className="field">
            <span>{t('returnReason')}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} />
          </label>
          <DialogActions onClose={onClose} submitLabel={t('postDebitNote')} pending={post.isPending} />
        </form>
      )}
    </Dialog>
  );
}
