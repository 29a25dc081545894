import type { Result } from '../../../../core/contract';
import { formatAmount, formatDate, formatDateTime } from '../../../../core/format';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { api } from '../../api/session';
import { errorText } from '../../ui/errors';
import { useToast } from '../../ui/Toasts';
import { useAccountName } from '../accounting/names';
import { Loading, useMethod, useVoucherType } from './kit';
import { saveFile } from '../../api/files';

export type Drill = { entryId: string } | { refId: string };

type Shown = Omit<Result<'accounting.entry'>, 'document' | 'createdAt'> & { document: Result<'accounting.entry'>['document'] | null; createdAt: string | null };

/** The bill or credit note behind an entry, as the A4 PDF the customer got. */
function DocumentPdf({ document }: { document: Result<'accounting.entry'>['document'] }) {
  const { t } = useT();
  const toast = useToast();
  if (document.type !== 'invoice' && document.type !== 'credit_note') return null;
  const open = () =>
    (document.type === 'invoice'
      ? api.call('printing.invoicePdf', { invoiceId: document.id, size: 'A4' })
      : api.call('accounting.creditNotePdf', { id: document.id, size: 'A4' })
    )
      .then(saveFile)
      .catch((e: unknown) => toast('error', errorText(e)));
  return (
    <button type="button" className="small" onClick={() => void open()}>
      {t('invoicePdf')}
    </button>
  );
}

type Line = { account: string; accountName: string; debitPaise: number; creditPaise: number; partyId: string | null };

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
              {accountName(l.account, l.accountName)} <small className="hint">{l.account}</small>
              {l.partyId && <small className="hint"> · {l.partyId}</small>}
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
export function EntryDialog({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const { t } = useT();
  const vt = useVoucherType();
  const one = useMethod('accounting.entry', { id: 'entryId' in drill ? drill.entryId : '' }, 'entryId' in drill);
  const many = useMethod('accounting.entriesFor', { refId: 'refId' in drill ? drill.refId : '' }, 'refId' in drill);
  const query = 'entryId' in drill ? one : many;
  return (
    <Dialog title={t('voucher')} onClose={onClose} wide>
      <div data-testid="entry-dialog">
        <Loading query={query}>
          {() => {
            const entries: Shown[] =
              'entryId' in drill ? (one.data ? [one.data] : []) : (many.data ?? []).map((e) => ({ ...e, document: null, createdAt: null }));
            if (entries.length === 0) return <p className="hint">{t('nothingHere')}</p>;
            return entries.map((e) => (
              <section key={e.id} className="entry">
                <p>
                  <strong>{e.document?.number ?? e.voucherType}</strong> · {formatDate(e.date)} · {vt(e.voucherType)}
                  {e.reversesId && <span className="warn"> · {t('reversal')}</span>}
                </p>
                {e.narration && <p className="hint">{e.narration}</p>}
                <Lines lines={e.lines} />
                {e.createdAt && (
                  <p className="hint small">
                    {t('postedAt')} {formatDateTime(e.createdAt)}
                  </p>
                )}
                {e.document && <DocumentPdf document={e.document} />}
              </section>
            ));
          }}
        </Loading>
      </div>
    </Dialog>
  );
}
