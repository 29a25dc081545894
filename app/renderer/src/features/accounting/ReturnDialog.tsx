import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { REFUND_METHODS } from '../../../../core/contract';
import { formatInr, formatQty, parseQty, type Unit } from '../../../../core/format';
import { accountingQueries, useCreditNoteMutation, useCreditNotePdfMutation } from '../../api/accounting';
import { saveFile } from '../../api/files';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';

type Refund = (typeof REFUND_METHODS)[number];

/**
 * Goods back against one bill, from the books: each line with what can still come back (sold less
 * earlier returns), a quantity, how the money goes back, a reason; the host makes the credit note
 * (accounting.creditNote) and refuses more than the bill allows. One key per dialog: a double
 * press makes one note.
 */
export function ReturnDialog({ invoiceId, number, paidBy, onClose }: { invoiceId: string; number: string; paidBy: string | undefined; onClose: () => void }) {
  const { t } = useT();
  const returnable = useQuery(accountingQueries.returnable(invoiceId));
  const create = useCreditNoteMutation();
  const pdf = useCreditNotePdfMutation();
  const clientRef = useRef(`return-${crypto.randomUUID()}`);
  const [qty, setQty] = useState<Record<number, string>>({});
  const onKhata = paidBy === 'credit';
  // The money goes back the way it came, unless the owner picks another way.
  const [refund, setRefund] = useState<Refund>(REFUND_METHODS.find((m) => m === paidBy) ?? 'cash');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const lines = returnable.data?.lines ?? [];
  const made = create.data;
  const save = () => {
    setProblem(null);
    const picked = [];
    for (const l of lines) {
      const text = qty[l.lineNo]?.trim() ?? '';
      if (!text) continue;
      const q = parseQty(text, l.unit as Unit) ?? 0;
      const left = l.qtyMilli - l.returnedMilli;
      if (q <= 0 || q > left) return setProblem(t('returnTooMany', { product: l.name, left: formatQty(left, l.unit as Unit) }));
      picked.push({ lineNo: l.lineNo, qtyMilli: q });
    }
    if (picked.length === 0) return setProblem(t('nothingToReturn'));
    create.mutate({ clientRef: clientRef.current, invoiceId, lines: picked, refund, reason });
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
          <table className="grid">
            <thead>
              <tr>
                <th>{t('item')}</th>
                <th className="num">{t('qty')}</th>
                <th className="num">{t('returnLeft')}</th>
                <th>{t('returnQty')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => {
                const left = l.qtyMilli - l.returnedMilli;
                return (
                  <tr key={l.lineNo}>
                    <td>{l.name}</td>
                    <td className="num">{formatQty(l.qtyMilli, l.unit as Unit)}</td>
                    <td className="num">{formatQty(left, l.unit as Unit)}</td>
                    <td>
                      <input
                        aria-label={`${t('returnQty')} ${l.name}`}
                        inputMode="decimal"
                        size={6}
                        disabled={left <= 0}
                        value={qty[l.lineNo] ?? ''}
                        onChange={(e) => setQty((q) => ({ ...q, [l.lineNo]: e.target.value }))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {lines.length > 0 && lines.every((l) => l.qtyMilli <= l.returnedMilli) && <p className="warn">{t('allReturned')}</p>}
          <div className="filters">
            <label className="field">
              <span>{t('refundBy')}</span>
              <select value={refund} onChange={(e) => setRefund(REFUND_METHODS.find((m) => m === e.target.value) ?? 'cash')}>
                {REFUND_METHODS.filter((m) => m !== 'credit' || onKhata).map((m) => (
                  <option key={m} value={m}>
                    {t(`refund_${m}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('returnReason')}</span>
              <input value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
            </label>
          </div>
          {problem && (
            <p className="error" role="alert">
              {problem}
            </p>
          )}
          <div className="actions">
            <button type="button" onClick={onClose}>
              {t('close')}
            </button>
            <button type="submit" className="primary" disabled={create.isPending}>
              {t('makeCreditNote')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
