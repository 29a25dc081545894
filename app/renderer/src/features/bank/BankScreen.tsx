import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, formatInr } from '../../../../core/format';
import { bankQueries, useImportStatementMutation } from '../../api/bank';
import { splitPath, usePath } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { useVoucherType } from '../../i18n/names';
import { AccountSelect } from '../../ui/AccountSelect';
import { Amt } from '../../ui/Amount';
import { DateInput } from '../../ui/DateInput';
import { Loading } from '../../ui/Loading';
import { todayIso } from '../../ui/period';
import { ReportPage } from '../../ui/ReportPage';
import { currentSection, SectionedScreen, sectionsInOrder } from '../../ui/SectionTabs';
import { useToast } from '../../ui/Toasts';
import { BankLines } from './BankLines';
import { FilePicker } from '../../ui/FilePicker';

/** Pick the bank's CSV export (or paste it); the host reads it, refuses a repeat, and auto-matches. */
function ImportStatement({ account }: { account: string }) {
  const { t } = useT();
  const toast = useToast();
  const client = useQueryClient();
  const [fileName, setFileName] = useState('');
  const [csv, setCsv] = useState('');
  const run = useImportStatementMutation();
  return (
    <section className="panel" aria-label={t('importStatement')} data-testid="bank-import">
      <h2>{t('importStatement')}</h2>
      <p className="hint small">{t('importHelp')}</p>
      <FilePicker
        label={t('chooseCsv')}
        accept=".csv,text/csv"
        testId="bank-file"
        onFile={(file) => {
          setFileName(file.name);
          void file.text().then(setCsv);
        }}
      />
      <label className="field">
        <span>{t('orPasteCsv')}</span>
        <textarea rows={5} value={csv} onChange={(e) => setCsv(e.target.value)} className="message" />
      </label>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!csv.trim() || run.isPending}
          onClick={() =>
            run.mutate(
              { account, fileName: fileName || 'statement.csv', csv },
              {
                onSuccess: (r) => {
                  toast(
                    'ok',
                    `${t('imported')}: ${r.imported} (${formatDate(r.from)} – ${formatDate(r.to)}), ${t('matchAuto')}: ${r.autoMatched}${r.skipped ? `, ${t('skippedRepeat')}: ${r.skipped}` : ''}`,
                  );
                  setCsv('');
                  void client.invalidateQueries();
                },
              },
            )
          }
        >
          {t('import')}
        </button>
      </div>
    </section>
  );
}

/** One group of the statement's unmatched items, headed only when it has any. */
function ItemSection({ title, items }: { title: string; items: { key: string; text: string; paise: number }[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <tr className="section-head">
        <th colSpan={2}>{title}</th>
      </tr>
      {items.map((i) => (
        <tr key={i.key}>
          <td className="indent">{i.text}</td>
          <Amt paise={i.paise} />
        </tr>
      ))}
    </>
  );
}

/** The reconciliation statement: balance per books, items not through the bank, bank-only items, balance per bank. */
function Reconciliation({ account }: { account: string }) {
  const { t } = useT();
  const vt = useVoucherType();
  const [asOf, setAsOf] = useState(todayIso);
  const rec = useQuery(bankQueries.reconciliation({ account, asOf }));
  return (
    <ReportPage
      testId="bank-reconciliation"
      title={t('reconciliation')}
      sub={`${t('asOn')} ${formatDate(asOf)}`}
      filters={<DateInput label={t('asOn')} value={asOf} onChange={setAsOf} />}
    >
      <Loading query={rec}>
        {() => {
          const d = rec.data;
          if (!d) return null;
          // A book entry not yet through the bank moves the bank's balance the other way.
          const bookItem = (l: (typeof d.notPresented)[number]) => ({
            key: `${l.entryId}-${l.seq}`,
            text: `${formatDate(l.date)} · ${vt(l.voucherType)} · ${l.narration || l.reference}`,
            paise: -l.amountPaise,
          });
          return (
            <div className="table-scroll statement">
              <table className="report">
                <tbody>
                  <tr className="subtotal">
                    <td>{t('balancePerBooks')}</td>
                    <Amt paise={d.bookBalancePaise} />
                  </tr>
                  <ItemSection title={t('addNotPresented')} items={d.notPresented.map(bookItem)} />
                  <ItemSection title={t('lessNotCredited')} items={d.notCredited.map(bookItem)} />
                  <ItemSection
                    title={t('bankOnly')}
                    items={d.bankOnly.map((l) => ({ key: l.id, text: `${formatDate(l.date)} · ${l.narration}`, paise: l.amountPaise }))}
                  />
                  <tr className="subtotal">
                    <td>{t('computedBankBalance')}</td>
                    <Amt paise={d.computedBankBalancePaise} />
                  </tr>
                  <tr>
                    <td>{t('balancePerStatement')}</td>
                    <td className="num">{d.statementBalancePaise === null ? '—' : formatInr(d.statementBalancePaise)}</td>
                  </tr>
                </tbody>
              </table>
              <p className={`result ${d.differencePaise === null ? '' : d.differencePaise ? 'bad' : 'ok'}`} data-testid="reconciliation-result">
                {d.differencePaise === null
                  ? t('noStatementYet')
                  : d.differencePaise === 0
                    ? t('reconciled')
                    : `${t('difference')}: ${formatInr(d.differencePaise)}`}
                <small className="block">
                  {t('unmatchedItems')}: {d.notPresented.length + d.notCredited.length + d.bankOnly.length}
                </small>
              </p>
            </div>
          );
        }}
      </Loading>
    </ReportPage>
  );
}

const TABS = sectionsInOrder('/bank', [
  ['lines', 'statementLines'],
  ['import', 'importStatement'],
  ['reconciliation', 'reconciliation'],
]);

/** Bank reconciliation: import a statement, see what matched, match the rest, and the statement. */
export function BankScreen() {
  const { t } = useT();
  const { page } = splitPath(usePath());
  const [account, setAccount] = useState('BANK');
  const current = currentSection(TABS, page, '/bank/lines');
  return (
    <SectionedScreen tabs={TABS} current={current}>
      <div className="filters pad">
        <AccountSelect label={t('bankAccount')} value={account} onChange={(a) => setAccount(a || 'BANK')} groups={['bank']} />
      </div>
      {current === '/bank/lines' && <BankLines account={account} />}
      {current === '/bank/import' && (
        <div className="settings">
          <ImportStatement account={account} />
        </div>
      )}
      {current === '/bank/reconciliation' && <Reconciliation account={account} />}
    </SectionedScreen>
  );
}
