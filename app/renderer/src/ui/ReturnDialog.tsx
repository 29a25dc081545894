import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { REFUND_METHODS } from '../../../core/contract';
import { formatInr, formatQty } from '../../../core/format';
import { accountingQueries, useCreditNoteMutation, useCreditNotePdfMutation } from '../api/accounting';
import { saveFile } from '../api/files';
import { useT } from '../i18n/i18n';
import { Dialog, DialogActions } from './Dialog';
import { itemNames, pickReturnQuantities, RefundSelect, ReturnLinesTable, useChargeWords, type ReturnQuantities } from './ReturnLines';
import { FormProblem } from './fields';

type Refund = (typeof REFUND_METHODS)[number];

/**
 * Goods back against one bill, from the books: each line with what can still come back (sold less
 * earlier returns), a quantity, how the money goes back, a reason; the host makes the credit note
 * (accounting.creditNote) and refuses more than the bill allows. One key per dialog: a double
 * press makes one note.
 */
export function ReturnDialog({ invoiceId, number, paidBy, onClose }: { invoiceId: string; number: string; paidBy: string | undefined; onClose: () => void }) {
  const { t, lang } = useT();
  const returnable = useQuery(accountingQueries.returnable(invoiceId));
  const create = useCreditNoteMutation();
  const pdf = useCreditNotePdfMutation();
  const clientRef = useRef(`return-${crypto.randomUUID()}`);
  const [qty, setQty] = useState<ReturnQuantities>({});
  const onKhata = paidBy === 'credit';
  // The money goes back the way it came, unless the owner picks another way.
  const [refund, setRefund] = useState<Refund>(REFUND_METHODS.find((m) => m === paidBy) ?? 'cash');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const lines = returnable.data?.lines ?? [];
  const chargeWords = useChargeWords(lines, qty, (l) => String(l.lineNo));
  const made = create.data;
  const save = () => {
    setProblem(null);
    const read = pickReturnQuantities(lines, qty, { key: (l) => String(l.lineNo), unit: (l) => l.unit, leftMilli: (l) => l.qtyMilli - l.returnedMilli });
    if (!read.ok && read.problem === 'notAQuantity') return setProblem(t('returnQtyBad', { product: itemNames(lang, read.line.name, read.line.nameHi).main }));
    if (!read.ok)
      return setProblem(
        t('returnTooMany', { product: itemNames(lang, read.line.name, read.line.nameHi).main, left: formatQty(read.leftMilli, read.line.unit) }),
      );
    if (read.picked.length === 0) return setProblem(t('nothingToReturn'));
    create.mutate({
      clientRef: clientRef.current,
      invoiceId,
      lines: read.picked.map((p) => ({ lineNo: p.line.lineNo, qtyMilli: p.qtyMilli })),
      refund,
      reason,
    });
  };
  return (
    <Dialog title={t('returnTitle', { number })} onClose={onClose} wide>
      {made ? (
        <div data-testid="credit-note-made">
          <p className="good">{t('creditNoteMade', { number: made.number, amount: formatInr(made.totals.totalPaise) })}</p>
          <div className="actions">
            <button onClick={() => pdf.mutate({ id: made.id, size: 'A4' }, { onSuccess: saveFile })}>{t('creditNotePdf')}</button>
            <button className="primary" onClick={onClose}>
              {t('close')}
            </button>
          </div>
        </div>
      ) : (
        <form
          data-testid="return-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <ReturnLinesTable
            lines={lines}
            lineKey={(l) => String(l.lineNo)}
            name={(l) => l.name}
            nameHi={(l) => l.nameHi}
            columns={[
              { label: t('qty'), num: true, cell: (l) => formatQty(l.qtyMilli, l.unit) },
              { label: t('returnLeft'), num: true, cell: (l) => formatQty(l.qtyMilli - l.returnedMilli, l.unit) },
            ]}
            qtyHeader={{ label: t('returnQty') }}
            qtyLabel={(name) => `${t('returnQty')} ${name}`}
            qty={qty}
            onQty={(key, text) => setQty((q) => ({ ...q, [key]: text }))}
            fixed={chargeWords}
            disabled={(l) => l.qtyMilli - l.returnedMilli <= 0}
          />
          {lines.length > 0 && lines.every((l) => l.qtyMilli <= l.returnedMilli) && <p className="warn">{t('allReturned')}</p>}
          <div className="filters">
            <RefundSelect value={refund} onChange={setRefund} methods={REFUND_METHODS} khata={onKhata} />
            <label className="field">
              <span>{t('returnReason')}</span>
              <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
            </label>
          </div>
          <FormProblem text={problem} />
          <DialogActions onClose={onClose} submitLabel={t('makeCreditNote')} pending={create.isPending} />
        </form>
      )}
    </Dialog>
  );
}
