import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Result } from '../../../core/contract';
import { formatAmount, formatDate, formatDateTime } from '../../../core/format';
import { accountingQueries, useCreditNotePdfMutation } from '../api/accounting';
import { saveFile } from '../api/files';
import { useInvoicePdfMutation } from '../api/printing';
import { useT } from '../i18n/i18n';
import { useAccountName, useVoucherType } from '../i18n/names';
import { Dialog } from './Dialog';
import { Loading } from './Loading';

/** An entry by id, or every entry of a document; `invoiceId` when the document is a bill (to show its items). */
export type Drill = { entryId: string } | { refId: string; invoiceId?: string };

type Shown = Omit<Result<'accounting.entry'>, 'document' | 'createdAt'> & { document: Result<'accounting.entry'>['document'] | null; createdAt: string | null };

/** The bill or credit note behind an entry, as the A4 PDF the customer got. */
function DocumentPdf({ document }: { document: Result<'accounting.entry'>['document'] }) {
  const { t } = useT();
  const invoicePdf = useInvoicePdfMutation();
  const creditNotePdf = useCreditNotePdfMutation();
  if (document.type !== 'invoice' && document.type !== 'credit_note') return null;
  const open = () =>
    document.type === 'invoice'
      ? invoicePdf.mutate({ invoiceId: document.id, size: 'A4' }, { onSuccess: saveFile })
      : creditNotePdf.mutate({ id: document.id, size: 'A4' }, { onSuccess: saveFile });
  return (
    <button type="button" className="small" onClick={open}>
      {t('invoicePdf')}
    </button>
  );
}

type Line = { account: string; accountName: string; debitPaise: number; creditPaise: number; partyName: string | null };

function Lines({ lines }: { lines: Line[] }) {
  const { t } = useT();
  const accountName = useAccountName();
  return (
    <table className="report compact">
      <thead>
        <tr>
          <th>{t('account')}</th>
          <th className="num">{t('debit')}</th>
          <th className="num">{t('creditCol')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l, i) => (
          <tr key={i}>
            <td>
              {accountName(l.account, l.accountName)}
              {l.partyName && <small className="hint"> · {l.partyName}</small>}
            </td>
            <td className="num">{l.debitPaise ? formatAmount(l.debitPaise) : ''}</td>
            <td className="num">{l.creditPaise ? formatAmount(l.creditPaise) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The drill-down at the bottom of every total: the voucher itself, line by line. Esc closes. */
export function EntryDialog({ drill, onClose, bill }: { drill: Drill; onClose: () => void; bill?: (invoiceId: string) => ReactNode }) {
  const { t } = useT();
  const vt = useVoucherType();
  const one = useQuery({ ...accountingQueries.entry('entryId' in drill ? drill.entryId : ''), enabled: 'entryId' in drill });
  const many = useQuery({ ...accountingQueries.entriesFor('refId' in drill ? drill.refId : ''), enabled: 'refId' in drill });
  const query = 'entryId' in drill ? one : many;
  return (
    <Dialog title={t('voucher')} onClose={onClose} wide>
      <div data-testid="entry-dialog">
        <Loading query={query}>
          {() => {
            const entries: Shown[] =
              'entryId' in drill ? (one.data ? [one.data] : []) : (many.data ?? []).map((e) => ({ ...e, document: null, createdAt: null }));
            if (entries.length === 0) return <p className="hint">{t('nothingHere')}</p>;
            // A document whose entries include a sale is a bill: its items can be shown.
            const invoiceId =
              'refId' in drill
                ? (drill.invoiceId ?? (entries.some((e) => e.voucherType === 'sales') ? drill.refId : undefined))
                : entries.find((e) => e.document?.type === 'invoice')?.document?.id;
            return (
              <>
                {bill && invoiceId && bill(invoiceId)}
                {entries.map((e) => (
                  <section key={e.id} className="entry">
                    <p>
                      <strong>{e.document?.number ?? vt(e.voucherType)}</strong> · {formatDate(e.date)} · {vt(e.voucherType)}
                      {e.reversesId && <span className="warn"> · {t('reversal')}</span>}
                    </p>
                    {e.narration && <p className="hint">{e.narration}</p>}
                    <Lines lines={e.lines} />
                    {e.createdAt && (
                      <p className="hint small">
                        {t('postedAt')} {formatDateTime(e.createdAt)}
                      </p>
                    )}
                    {e.document && !(bill && invoiceId) && <DocumentPdf document={e.document} />}
                  </section>
                ))}
              </>
            );
          }}
        </Loading>
      </div>
    </Dialog>
  );
}
