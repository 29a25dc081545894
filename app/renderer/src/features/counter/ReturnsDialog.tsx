import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { uuidv7, type ApiClient, type InvoiceView } from '../../../../core/contract';
import { formatDate, formatInr } from '../../../../core/format';
import { accountingQueries, useCreditNoteMutation, useCreditNotePdfMutation } from '../../api/accounting';
import { useCancelInvoiceMutation, useFindInvoiceMutation } from '../../api/billing';
import { saveFile } from '../../api/files';
import { usePrintCreditNoteMutation } from '../../api/printing';
import { useT } from '../../i18n/i18n';
import { useQtyText } from '../../i18n/names';
import { Dialog } from '../../ui/Dialog';
import { useErrorText } from '../../ui/errors';
import { itemNames, pickReturnQuantities, RefundSelect, ReturnLinesTable, useChargeWords, type ReturnQuantities } from '../../ui/ReturnLines';
import { SupervisorPin } from './dialogs';

type Invoice = z.output<typeof InvoiceView>;
type Refund = (typeof COUNTER_REFUNDS)[number];
/** The counter pays back the ways it takes money (a bank transfer is the office's). */
const COUNTER_REFUNDS = ['cash', 'upi', 'card', 'credit'] as const;
const SHOWN_IN_DIALOG = { meta: { showError: false } };

/** The refund goes back the way the bill was paid: the biggest tender, khata when any of it was on khata. */
function originalTender(inv: Invoice): Refund {
  if (inv.payments.some((p) => p.method === 'credit')) return 'credit';
  const biggest = [...inv.payments].sort((a, b) => b.amountPaise - a.amountPaise)[0];
  return biggest?.method ?? 'cash';
}

/**
 * Returns at the counter: find the bill by the number on its receipt (typed, or scanned into the
 * field), pick lines and quantities (never more than is left after earlier returns), a reason and
 * the refund, and the credit note is made by the host; or cancel the whole bill (manager).
 */
export function ReturnsDialog({ initialNumber, canManage, onClose }: { initialNumber: string | null; canManage: boolean; onClose: () => void }) {
  const { t } = useT();
  const errorText = useErrorText();
  const find = useFindInvoiceMutation(SHOWN_IN_DIALOG);
  const [invoice, setInvoice] = useState<Invoice | null>(null);
  const lookUp = (number: string) => number.trim() && find.mutate({ number: number.trim() }, { onSuccess: setInvoice });
  // Opened from the last-bill bar: that bill is shown at once.
  useEffect(() => {
    if (initialNumber) lookUp(initialNumber);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Dialog title={t('returnsTitle')} onClose={onClose} wide>
      <form
        className="returns-find"
        onSubmit={(e) => {
          e.preventDefault();
          lookUp(String(new FormData(e.currentTarget).get('number') ?? ''));
        }}
      >
        <label className="field">
          <span>{t('billNumberScan')}</span>
          <input name="number" defaultValue={initialNumber ?? ''} autoComplete="off" className="big-input" data-testid="return-bill-number" />
        </label>
        <button type="submit">{t('findBill')} ↵</button>
      </form>
      {find.isError && <p className="error">{errorText(find.error)}</p>}
      {invoice && <ReturnForm key={invoice.id} invoice={invoice} canManage={canManage} onCancelled={setInvoice} />}
    </Dialog>
  );
}

function ReturnForm({ invoice, canManage, onCancelled }: { invoice: Invoice; canManage: boolean; onCancelled: (inv: Invoice) => void }) {
  const { t, lang } = useT();
  const qtyText = useQtyText();
  const errorText = useErrorText();
  const returnable = useQuery(accountingQueries.returnable(invoice.id));
  // A cashier's return is made under a manager's PIN given on the spot: the host records the manager.
  const [approver, setApprover] = useState<ApiClient | null>(null);
  const allowed = canManage || approver !== null;
  const credit = useCreditNoteMutation({ ...SHOWN_IN_DIALOG, client: approver ?? undefined });
  const cancel = useCancelInvoiceMutation({ ...SHOWN_IN_DIALOG, client: approver ?? undefined });
  const pdf = useCreditNotePdfMutation();
  const slip = usePrintCreditNoteMutation(SHOWN_IN_DIALOG);
  const printSlip = (id: string) => slip.mutate({ id });
  const [qty, setQty] = useState<ReturnQuantities>({});
  const [reason, setReason] = useState('');
  const [refund, setRefund] = useState<Refund>(originalTender(invoice));
  const [formError, setFormError] = useState<string | null>(null);
  const [clientRef] = useState(() => uuidv7(Date.now(), (b) => crypto.getRandomValues(b)));
  const lines = returnable.data?.lines ?? [];
  const chargeWords = useChargeWords(lines, qty, (l) => String(l.lineNo));
  const cancelled = invoice.status === 'cancelled';

  const submit = () => {
    const read = pickReturnQuantities(lines, qty, { key: (l) => String(l.lineNo), unit: (l) => l.unit, leftMilli: (l) => l.qtyMilli - l.returnedMilli });
    if (!read.ok && read.problem === 'notAQuantity')
      return setFormError(t('returnQtyBad', { product: itemNames(lang, read.line.name, read.line.nameHi).main }));
    if (!read.ok)
      return setFormError(
        t('returnQtyTooMany', { product: itemNames(lang, read.line.name, read.line.nameHi).main, left: qtyText(read.leftMilli, read.line.unit) }),
      );
    const picked = read.picked.map((p) => ({ lineNo: p.line.lineNo, qtyMilli: p.qtyMilli }));
    if (picked.length === 0) return setFormError(t('returnPickLine'));
    if (reason.trim().length < 3) return setFormError(t('returnReasonNeeded'));
    setFormError(null);
    // The note prints on the receipt printer at once, as a bill does; Reprint prints a duplicate.
    credit.mutate({ clientRef, invoiceId: invoice.id, lines: picked, refund, reason: reason.trim() }, { onSuccess: (n) => printSlip(n.id) });
  };
  const note = credit.data;
  return (
    <div className="return-form" data-testid="return-form">
      <p className="return-bill">
        <strong>{invoice.number}</strong> · {formatDate(invoice.date)} · {invoice.customer?.name ?? t('walkIn')} · {formatInr(invoice.totals.payablePaise)}
        {cancelled && <strong className="bad"> · {t('counterBillCancelled')}</strong>}
      </p>
      <ReturnLinesTable
        className="cart"
        rowTestId="return-line"
        lines={lines}
        lineKey={(l) => String(l.lineNo)}
        name={(l) => l.name}
        nameHi={(l) => l.nameHi}
        columns={[
          { label: t('sold'), num: true, cell: (l) => qtyText(l.qtyMilli, l.unit) },
          { label: t('returnedBefore'), num: true, cell: (l) => (l.returnedMilli ? qtyText(l.returnedMilli, l.unit) : '') },
        ]}
        qtyHeader={{ label: t('returnNow'), num: true }}
        qtyLabel={(name) => `${t('returnNow')}: ${name}`}
        qty={qty}
        onQty={(key, text) => setQty((q) => ({ ...q, [key]: text }))}
        fixed={chargeWords}
        disabled={(l) => cancelled || l.returnedMilli >= l.qtyMilli || note !== undefined}
      />
      <div className="grid-form">
        <label className="field">
          <span>{t('reason')}</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" name="reason" />
        </label>
        <RefundSelect name="refund" value={refund} onChange={setRefund} methods={COUNTER_REFUNDS} khata={Boolean(invoice.customer)} />
      </div>
      {(formError ?? credit.error ?? cancel.error) && <p className="error">{formError ?? errorText(credit.error ?? cancel.error)}</p>}
      {note && (
        <p className="ok" data-testid="credit-note-made">
          {t('counterCreditNoteMade')}: <strong>{note.number}</strong> · {formatInr(note.totals.totalPaise)}{' '}
          <span data-testid="credit-note-print">
            {slip.data?.status === 'printed' && `✓ ${t(slip.data.copy === 'duplicate' ? 'creditNoteReprinted' : 'creditNotePrinted')}`}
            {slip.data?.status === 'failed' && `⚠ ${t('creditNoteNotPrinted')}: ${slip.data.error ?? ''}`}
            {slip.data?.status === 'disabled' && t('noPrinter')}
            {slip.isError && `⚠ ${errorText(slip.error)}`}
          </span>{' '}
          <button type="button" className="ghost small" disabled={slip.isPending} onClick={() => printSlip(note.id)}>
            🖶 {t('reprint')}
          </button>
          <button type="button" className="ghost small" onClick={() => pdf.mutate({ id: note.id, size: 'A4' }, { onSuccess: saveFile })}>
            ⬇ PDF A4
          </button>
          <button type="button" className="ghost small" onClick={() => pdf.mutate({ id: note.id, size: 'A5' }, { onSuccess: saveFile })}>
            ⬇ PDF A5
          </button>
        </p>
      )}
      {!allowed && <SupervisorPin onApproved={setApprover} />}
      <div className="actions">
        {allowed && !cancelled && (
          <button
            type="button"
            className="danger"
            disabled={cancel.isPending}
            onClick={() => {
              if (reason.trim().length < 3) return setFormError(t('returnReasonNeeded'));
              if (!window.confirm(t('cancelBillConfirm', { number: invoice.number }))) return;
              cancel.mutate({ id: invoice.id, reason: reason.trim() }, { onSuccess: onCancelled });
            }}
          >
            {t('cancelBill')}
          </button>
        )}
        <button type="button" className="primary" disabled={!allowed || cancelled || credit.isPending || note !== undefined} onClick={submit}>
          {t('makeCreditNote')}
        </button>
      </div>
    </div>
  );
}
