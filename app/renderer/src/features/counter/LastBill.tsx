import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { formatInr } from '../../../../core/format';
import { billingQueries } from '../../api/billing';
import { saveFile } from '../../api/files';
import { useInvoicePdfMutation, useReprintMutation, useShareLinkMutation } from '../../api/printing';
import { useT } from '../../i18n/i18n';
import { useToast } from '../../ui/Toasts';

/** The bill just completed: its number, change to hand back, and whether the receipt printed. */
export function LastBill({
  invoiceId,
  registerReprint,
  onReturn,
}: {
  invoiceId: string | null;
  registerReprint: (fn: () => void) => void;
  /** opens returns and cancelling for this bill */
  onReturn: (number: string) => void;
}) {
  const { t } = useT();
  const toast = useToast();
  const invoice = useQuery({ ...billingQueries.invoice(invoiceId ?? ''), enabled: invoiceId !== null });
  const reprint = useReprintMutation();
  const pdf = useInvoicePdfMutation();
  const share = useShareLinkMutation();
  // The PDF comes through the API (works in the desktop window and any browser) and is saved as a file.
  const savePdf = (id: string) => pdf.mutate({ invoiceId: id, size: 'A4' }, { onSuccess: saveFile });
  const whatsapp = (id: string) => share.mutate({ invoiceId: id }, { onSuccess: (l) => window.open(l.whatsappUrl, '_blank', 'noopener') });

  useEffect(() => {
    registerReprint(() => {
      if (!invoiceId) return;
      reprint.mutate(
        { invoiceId },
        { onSuccess: (s) => (s.status === 'printed' ? toast('ok', t('printed')) : toast('error', `${t('printFailed')}: ${s.error ?? ''}`)) },
      );
    });
  });

  const inv = invoice.data;
  if (!inv) return null;
  const change = inv.payments.reduce((s, p) => s + p.changePaise, 0);
  const print = inv.print;
  const printLabel =
    print.status === 'printed'
      ? `✓ ${t('printed')}`
      : print.status === 'failed'
        ? `⚠ ${t('printFailed')}: ${print.error ?? ''}`
        : print.status === 'disabled'
          ? t('noPrinter')
          : '…';
  return (
    <div className={`last-bill ${print.status === 'failed' ? 'failed' : ''}`} data-testid="last-bill">
      <span>
        {t('billSaved')}: <strong data-testid="last-bill-number">{inv.number}</strong>
      </span>
      <span>{formatInr(inv.totals.payablePaise)}</span>
      {change > 0 && (
        <span className="change">
          {t('change')}: <strong>{formatInr(change)}</strong>
        </span>
      )}
      <span className="print-state" data-testid="print-state">
        {printLabel}
      </span>
      {print.status !== 'disabled' && (
        <button className="ghost small reprint" onClick={() => reprint.mutate({ invoiceId: inv.id })}>
          F11 {t('reprint')}
        </button>
      )}
      <span className="share">
        <button className="ghost small" onClick={() => savePdf(inv.id)} disabled={pdf.isPending}>
          ⬇ {t('invoicePdf')}
        </button>
        <button className="ghost small" onClick={() => whatsapp(inv.id)} disabled={share.isPending}>
          ✆ {t('whatsapp')}
        </button>
        <button className="ghost small" onClick={() => onReturn(inv.number)}>
          ↩ {t('keyReturns')} / {t('keyCancelLast')} (Shift+F11)
        </button>
      </span>
    </div>
  );
}
