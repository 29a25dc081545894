import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Result } from '../../../../core/contract';
import { formatDate, formatInr } from '../../../../core/format';
import { accountingQueries } from '../../api/accounting';
import { navigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { GROUP_KEYS, useAccountName, useSectionLabel } from '../../i18n/names';
import { Amt, drCr } from '../../ui/Amount';
import { DateInput } from '../../ui/DateInput';
import { ExportButtons } from '../../ui/ExportButtons';
import { Loading } from '../../ui/Loading';
import { fyStart, thisFy, todayIso, type Range } from '../../ui/period';
import { RangePicker, rangeText } from '../../ui/RangePicker';
import { ReportPage } from '../../ui/ReportPage';

/** Drill from a total to the account's ledger for the same period (and party). */
const openLedger = (code: string, range: Range, partyId?: string | null) =>
  navigate(`/accounting/ledger?account=${code}&from=${range.from}&to=${range.to}${partyId ? `&party=${partyId}` : ''}`);

export function TrialBalance() {
  const { t } = useT();
  const accountName = useAccountName();
  const [range, setRange] = useState<Range>(thisFy);
  const [byParty, setByParty] = useState(false);
  const query = useQuery(accountingQueries.trialBalance({ ...range, byParty }));
  return (
    <ReportPage
      testId="report-trialBalance"
      title={t('trialBalance')}
      sub={rangeText(range)}
      actions={<ExportButtons params={{ report: 'trialBalance', ...range }} />}
      filters={
        <>
          <RangePicker value={range} onChange={setRange} />
          <label className="check">
            <input type="checkbox" checked={byParty} onChange={(e) => setByParty(e.target.checked)} />
            <span>{t('byParty')}</span>
          </label>
        </>
      }
    >
      <Loading query={query}>
        {() => {
          const d = query.data;
          if (!d) return null;
          const balanced = d.totals.closingDebitPaise === d.totals.closingCreditPaise;
          return (
            <div className="table-scroll">
              <table className="report">
                <thead>
                  <tr>
                    <th>{t('account')}</th>
                    <th className="num">{t('opening')}</th>
                    <th className="num">{t('debit')}</th>
                    <th className="num">{t('creditCol')}</th>
                    <th className="num">{t('closing')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.rows.map((r) => (
                    <tr
                      key={`${r.code}-${r.partyId ?? ''}`}
                      className="drill"
                      tabIndex={0}
                      onClick={() => openLedger(r.code, range, r.partyId)}
                      onKeyDown={(e) => e.key === 'Enter' && openLedger(r.code, range, r.partyId)}
                    >
                      <td>
                        {accountName(r.code, r.name)}
                        {r.partyName && <span className="hint"> · {r.partyName}</span>}
                        <small className="hint block">
                          {r.code} · {t(GROUP_KEYS[r.group])}
                        </small>
                      </td>
                      <td className="num">{drCr(r.openingPaise)}</td>
                      <Amt paise={r.debitPaise} blankZero />
                      <Amt paise={r.creditPaise} blankZero />
                      <td className="num">{drCr(r.closingPaise)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td>{t('total')}</td>
                    <td className="num">{drCr(d.totals.openingPaise)}</td>
                    <Amt paise={d.totals.debitPaise} testId="tb-debit" />
                    <Amt paise={d.totals.creditPaise} testId="tb-credit" />
                    <td className="num">
                      {drCr(d.totals.closingDebitPaise)} / {drCr(-d.totals.closingCreditPaise)}
                    </td>
                  </tr>
                </tfoot>
              </table>
              <p className={`result ${balanced ? 'ok' : 'bad'}`} data-testid="tb-status">
                {balanced ? t('tbBalanced') : t('tbNotBalanced')}
              </p>
            </div>
          );
        }}
      </Loading>
    </ReportPage>
  );
}

type Section = Result<'accounting.profitAndLoss'>['sections'][number];

/** A group of accounts with its total; an empty group is left out, a one-account group needs no subtotal. */
function SectionTable({ section, range }: { section: Section; range: Range }) {
  const { t } = useT();
  const accountName = useAccountName();
  const sectionLabel = useSectionLabel();
  if (section.rows.length === 0 && section.totalPaise === 0) return null;
  return (
    <tbody>
      <tr className="section-head">
        <th colSpan={2}>{sectionLabel(section.key, section.label)}</th>
      </tr>
      {section.rows.map((r) => (
        <tr
          key={r.code}
          className="drill"
          tabIndex={0}
          onClick={() => openLedger(r.code, range)}
          onKeyDown={(e) => e.key === 'Enter' && openLedger(r.code, range)}
        >
          <td className="indent">
            {accountName(r.code, r.name)}
            {r.partyCount ? <span className="hint"> ({r.partyCount})</span> : null}
          </td>
          <Amt paise={r.amountPaise} />
        </tr>
      ))}
      {section.rows.length !== 1 && (
        <tr className="subtotal">
          <td>
            {t('total')}: {sectionLabel(section.key, section.label)}
          </td>
          <Amt paise={section.totalPaise} />
        </tr>
      )}
    </tbody>
  );
}

export function ProfitAndLoss() {
  const { t } = useT();
  const [range, setRange] = useState<Range>(thisFy);
  const query = useQuery(accountingQueries.profitAndLoss(range));
  return (
    <ReportPage
      testId="report-profitAndLoss"
      title={t('profitAndLoss')}
      sub={rangeText(range)}
      actions={<ExportButtons params={{ report: 'profitAndLoss', ...range }} />}
      filters={<RangePicker value={range} onChange={setRange} />}
    >
      <Loading query={query}>
        {() =>
          query.data && (
            <div className="table-scroll statement">
              <table className="report">
                {query.data.sections.map((s) => (
                  <SectionTable key={s.key} section={s} range={range} />
                ))}
                <tfoot>
                  <tr>
                    <td>{t('grossProfit')}</td>
                    <Amt paise={query.data.grossProfitPaise} testId="gross-profit" />
                  </tr>
                  <tr className="grand">
                    <td>{query.data.netProfitPaise >= 0 ? t('netProfit') : t('netLoss')}</td>
                    <td className="num" data-testid="net-profit">
                      {formatInr(Math.abs(query.data.netProfitPaise))}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )
        }
      </Loading>
    </ReportPage>
  );
}

export function BalanceSheet() {
  const { t } = useT();
  const [asOf, setAsOf] = useState(todayIso);
  const query = useQuery(accountingQueries.balanceSheet({ asOf }));
  const range = { from: fyStart(asOf), to: asOf };
  return (
    <ReportPage
      testId="report-balanceSheet"
      title={t('balanceSheet')}
      sub={`${t('asOn')} ${formatDate(asOf)}`}
      actions={<ExportButtons params={{ report: 'balanceSheet', to: asOf }} />}
      filters={<DateInput label={t('asOn')} value={asOf} onChange={setAsOf} />}
    >
      <Loading query={query}>
        {() => {
          const d = query.data;
          if (!d) return null;
          return (
            <>
              <div className="two-sides">
                <div className="table-scroll statement">
                  <table className="report">
                    <caption>{t('liabilitiesSide')}</caption>
                    <SectionTable section={d.capital} range={range} />
                    {d.liabilities.map((s) => (
                      <SectionTable key={s.key} section={s} range={range} />
                    ))}
                    <tfoot>
                      <tr className="grand">
                        <td>{t('total')}</td>
                        <Amt paise={d.totalLiabilitiesPaise} testId="bs-liabilities" />
                      </tr>
                    </tfoot>
                  </table>
                </div>
                <div className="table-scroll statement">
                  <table className="report">
                    <caption>{t('assetsSide')}</caption>
                    {d.assets.map((s) => (
                      <SectionTable key={s.key} section={s} range={range} />
                    ))}
                    <tfoot>
                      <tr className="grand">
                        <td>{t('total')}</td>
                        <Amt paise={d.totalAssetsPaise} testId="bs-assets" />
                      </tr>
                    </tfoot>
                  </table>
                </div>
              </div>
              <p className={`result ${d.differencePaise === 0 ? 'ok' : 'bad'}`}>
                {d.differencePaise === 0 ? t('bsTallies') : `${t('bsDifference')}: ${formatInr(d.differencePaise)}`}
              </p>
            </>
          );
        }}
      </Loading>
    </ReportPage>
  );
}
