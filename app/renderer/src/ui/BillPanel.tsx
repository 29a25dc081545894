import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatInr, formatQty } from '../../../core/format';
import { billingQueries } from '../api/billing';
import { saveFile } from '../api/files';
import { useInvoicePdfMutation, useReprintMutation } from '../api/printing';
import { useT } from '../i18n/i18n';
import { itemNames } from './ReturnLines';
import { useToast } from './Toasts';
import { ReturnDialog } from './ReturnDialog';

/** The bill behind a line of the books: its items, and reprint, PDF and return from here. */
export function BillPanel({ invoiceId }: { invoiceId: string }) {
  const { t, lang } = useT();
  const toast = useToast();
  const bill = useQuery(billingQueries.invoice(invoiceId));
  const reprint = useReprintMutation();
  const pdf = useInvoicePdfMutation();
  const [returning, setReturning] = useState(false);
  const b = bill.data;
  if (!b) return null;
  const paidBy = b.payments.find((p) => p.method === 'credit')?.method ?? b.payments[0]?.method;
  return (
    <section data-testid="bill-panel">
      <h3>{t('billItems')}</h3>
      <table className="report compact">
        <tbody>
          {b.lines.map((l) => (
            <tr key={l.lineNo}>
              <td>{itemNames(lang, l.name, l.nameHi).main}</td>
              <td className="num">{formatQty(l.qtyMilli, l.unit)}</td>
              <td className="num">{formatInr(l.unitPricePaise)}</td>
              <td className="num">{formatInr(l.amountPaise - l.discountPaise - l.billDiscountPaise)}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={3}>
              <strong>{t('total')}</strong>
            </td>
            <td className="num">
              <strong>{formatInr(b.totals.payablePaise)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      {b.status === 'cancelled' && <p className="warn">{t('billCancelled')}</p>}
      <div className="actions" style={{ justifyContent: 'flex-start' }}>
        <button
          className="small"
          onClick={() => reprint.mutate({ invoiceId }, { onSuccess: (s) => toast(s.status === 'printed' ? 'ok' : 'error', t('reprint')) })}
        >
          {t('reprint')}
        </button>
        <button className="small" onClick={() => pdf.mutate({ invoiceId, size: 'A4' }, { onSuccess: saveFile })}>
          {t('invoicePdf')}
        </button>
        {b.status === 'posted' && (
          <button className="small primary" data-testid="bill-return" onClick={() => setReturning(true)}>
            ↩ {t('returnItems')}
          </button>
        )}
      </div>
      {returning && <ReturnDialog invoiceId={invoiceId} number={b.number} paidBy={paidBy} onClose={() => setReturning(false)} />}
    </section>
  );
}
