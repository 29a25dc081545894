import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Result } from '../../../../core/contract';
import { formatAmount, formatDate } from '../../../../core/format';
import { accountingQueries } from '../../api/accounting';
import { navigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { useAccountName, useVoucherType } from '../../i18n/names';
import { Amt, drCr } from '../../ui/Amount';
import { EntryDialog, type Drill } from '../../ui/EntryDialog';
import { BillPanel } from './BillPanel';
import { ExportButtons } from '../../ui/ExportButtons';
import { Loading } from '../../ui/Loading';
import { oneDay, thisMonth, type Range } from '../../ui/period';
import { RangePicker, rangeText } from '../../ui/RangePicker';
import { EmptyRow, ReportPage } from '../../ui/ReportPage';

type LedgerData = Result<'accounting.ledger'>;

/** Opening, every entry with its other side and running balance, closing: any ledger, cash book, bank book. */
function LedgerTable({ data, onDrill }: { data: LedgerData; onDrill: (d: Drill) => void }) {
  const { t } = useT();
  const vt = useVoucherType();
  return (
    <div className="table-scroll">
      <table className="report" data-testid="ledger-table">
        <thead>
          <tr>
            <th>{t('date')}</th>
            <th>{t('number')}</th>
            <th>{t('particulars')}</th>
            <th className="num">{t('debit')}</th>
            <th className="num">{t('creditCol')}</th>
            <th className="num">{t('balance')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="subtotal">
            <td className="nowrap">{formatDate(data.from)}</td>
            <td />
            <td>{t('openingBalance')}</td>
            <td />
            <td />
            <td className="num">{drCr(data.openingPaise)}</td>
          </tr>
          {data.rows.map((r, i) => (
            <tr
              key={`${r.entryId}-${i}`}
              className="drill"
              tabIndex={0}
              onClick={() => onDrill({ entryId: r.entryId })}
              onKeyDown={(e) => e.key === 'Enter' && onDrill({ entryId: r.entryId })}
            >
              <td className="nowrap">{formatDate(r.date)}</td>
              <td>{r.number ?? vt(r.voucherType)}</td>
              <td>
                {r.particulars}
                {r.narration && !(r.number && r.narration.includes(r.number)) && <small className="hint block">{r.narration}</small>}
              </td>
              <Amt paise={r.debitPaise} blankZero />
              <Amt paise={r.creditPaise} blankZero />
              <td className="num">{drCr(r.balancePaise)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <td />
            <td>{t('closingBalance')}</td>
            <Amt paise={data.debitPaise} />
            <Amt paise={data.creditPaise} />
            <td className="num" data-testid="closing">
              {drCr(data.closingPaise)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function AccountPicker({ value, onChange, groups }: { value: string; onChange: (code: string) => void; groups?: string[] }) {
  const { t } = useT();
  const accounts = useQuery(accountingQueries.accounts({ includeInactive: true }));
  const accountName = useAccountName();
  const list = (accounts.data ?? []).filter((a) => !groups || groups.includes(a.group));
  return (
    <label className="field">
      <span>{t('account')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={t('account')}>
        {!list.some((a) => a.code === value) && <option value={value}>{value}</option>}
        {list.map((a) => (
          <option key={a.code} value={a.code}>
            {accountName(a.code, a.name)} ({a.code})
          </option>
        ))}
      </select>
    </label>
  );
}

type LedgerKind = 'ledger' | 'cashBook' | 'bankBook';

/** Ledger of any account (or one party's part of it); the cash and bank books are the same view. */
export function LedgerBook({ kind, search }: { kind: LedgerKind; search: URLSearchParams }) {
  const { t } = useT();
  const accountName = useAccountName();
  const fallback = kind === 'cashBook' ? 'CASH' : kind === 'bankBook' ? 'BANK' : 'SALES';
  const account = search.get('account') ?? fallback;
  const partyId = search.get('party') ?? undefined;
  const [range, setRange] = useState<Range>(() => {
    const from = search.get('from');
    const to = search.get('to');
    return from && to ? { from, to } : thisMonth();
  });
  const [drill, setDrill] = useState<Drill | null>(null);
  const params = { ...range, account, ...(partyId ? { partyId } : {}) };
  const query = useQuery(accountingQueries.book(kind, params));
  const setAccount = (code: string) =>
    navigate(`/accounting/${kind === 'ledger' ? 'ledger' : kind === 'cashBook' ? 'cash' : 'bank'}?account=${code}&from=${range.from}&to=${range.to}`);
  const title = kind === 'ledger' ? t('ledger') : kind === 'cashBook' ? t('cashBook') : t('bankBook');
  return (
    <ReportPage
      testId={`report-${kind}`}
      title={query.data ? `${title}: ${accountName(query.data.account.code, query.data.account.name)}${partyId ? ` · ${partyId}` : ''}` : title}
      sub={rangeText(range)}
      actions={<ExportButtons params={{ report: kind, ...params }} />}
      filters={
        <>
          <AccountPicker value={account} onChange={setAccount} groups={kind === 'cashBook' ? ['cash'] : kind === 'bankBook' ? ['bank'] : undefined} />
          <RangePicker value={range} onChange={setRange} />
        </>
      }
    >
      <Loading query={query}>{() => query.data && <LedgerTable data={query.data} onDrill={setDrill} />}</Loading>
      {drill && <EntryDialog drill={drill} onClose={() => setDrill(null)} bill={(id) => <BillPanel invoiceId={id} />} />}
    </ReportPage>
  );
}

/** Every voucher of the period in order; today by default, as the owner checks the day. */
export function DayBook() {
  const { t } = useT();
  const vt = useVoucherType();
  const accountName = useAccountName();
  const [range, setRange] = useState<Range>(oneDay);
  const [drill, setDrill] = useState<Drill | null>(null);
  const query = useQuery(accountingQueries.dayBook(range));
  return (
    <ReportPage
      testId="report-dayBook"
      title={t('dayBook')}
      sub={rangeText(range)}
      actions={<ExportButtons params={{ report: 'dayBook', ...range }} />}
      filters={<RangePicker value={range} onChange={setRange} />}
    >
      <Loading query={query}>
        {() =>
          query.data && (
            <div className="table-scroll">
              <table className="report">
                <thead>
                  <tr>
                    <th>{t('date')}</th>
                    <th>{t('number')}</th>
                    <th>{t('voucherType')}</th>
                    <th>{t('particulars')}</th>
                    <th className="num">{t('amountRs')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.entries.length === 0 && <EmptyRow cols={5} />}
                  {query.data.entries.map((e) => (
                    <tr
                      key={e.id}
                      className="drill"
                      data-testid="daybook-row"
                      data-number={e.document.number ?? ''}
                      tabIndex={0}
                      onClick={() => setDrill({ entryId: e.id })}
                      onKeyDown={(k) => k.key === 'Enter' && setDrill({ entryId: e.id })}
                    >
                      <td className="nowrap">{formatDate(e.date)}</td>
                      <td>{e.document.number ?? '—'}</td>
                      <td>
                        {vt(e.voucherType)}
                        {e.reversesId ? ` (${t('reversal')})` : ''}
                      </td>
                      <td>
                        {e.lines
                          .map((l) => accountName(l.account, l.accountName))
                          .filter((n, i, all) => all.indexOf(n) === i)
                          .join(', ')}
                        {e.narration && <small className="hint block">{e.narration}</small>}
                      </td>
                      <td className="num">{formatAmount(e.amountPaise)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td colSpan={4}>
                      {t('total')} ({query.data.entries.length})
                    </td>
                    <Amt paise={query.data.totalPaise} />
                  </tr>
                </tfoot>
              </table>
            </div>
          )
        }
      </Loading>
      {drill && <EntryDialog drill={drill} onClose={() => setDrill(null)} bill={(id) => <BillPanel invoiceId={id} />} />}
    </ReportPage>
  );
}
