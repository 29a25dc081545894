import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, formatInr } from '../../../../core/format';
import { accountingQueries } from '../../api/accounting';
import { gstQueries, useConsolidateDayMutation } from '../../api/gst';
import { shopQueries } from '../../api/shop';
import { useT } from '../../i18n/i18n';
import { Amt } from '../../ui/Amount';
import { LoadingTable } from '../../ui/DataTable';
import { DateInput } from '../../ui/DateInput';
import { Loading } from '../../ui/Loading';
import { thisMonth, todayIso } from '../../ui/period';
import { EmptyRow, ReportPage } from '../../ui/ReportPage';
import { useToast } from '../../ui/Toasts';
import { MonthPicker, monthOf } from './MonthPicker';

/** The day's consolidated tax invoice for small walk-in bills given slips (s.31(3)(b)), and the month's list. */
export function ConsolidatedInvoices() {
  const { t } = useT();
  const toast = useToast();
  const client = useQueryClient();
  const [date, setDate] = useState(todayIso);
  const range = thisMonth();
  const settings = useQuery(accountingQueries.settings());
  const list = useQuery(gstQueries.consolidated(range));
  const issue = useConsolidateDayMutation();
  return (
    <ReportPage
      testId="consolidated"
      title={t('consolidatedInvoice')}
      sub={settings.data && !settings.data.consolidateSmallB2c ? t('consolidateOff') : t('consolidateHelp')}
      filters={
        <>
          <DateInput label={t('date')} value={date} onChange={setDate} />
          <button
            type="button"
            className="primary"
            disabled={issue.isPending}
            onClick={() =>
              issue.mutate(
                { date },
                {
                  onSuccess: (c) => {
                    toast('ok', `${c.number}: ${c.bills} ${t('bills')}, ${formatInr(c.totals.valuePaise)}`);
                    void client.invalidateQueries();
                  },
                },
              )
            }
          >
            {t('issueForDay')} {formatDate(date)}
          </button>
        </>
      }
    >
      <LoadingTable
        query={list}
        head={
          <>
            <th>{t('date')}</th>
            <th>{t('number')}</th>
            <th className="num">{t('billsCol')}</th>
            <th className="num">{t('taxable')}</th>
            <th className="num">{t('gst')}</th>
            <th className="num">{t('total')}</th>
          </>
        }
      >
        {(list.data ?? []).length === 0 && <EmptyRow cols={6} />}
        {(list.data ?? []).map((c) => (
          <tr key={c.id}>
            <td className="nowrap">{formatDate(c.date)}</td>
            <td>{c.number}</td>
            <td className="num">{c.bills}</td>
            <Amt paise={c.totals.taxablePaise} />
            <Amt paise={c.totals.cgstPaise + c.totals.sgstPaise + c.totals.igstPaise + c.totals.cessPaise} />
            <Amt paise={c.totals.valuePaise} />
          </tr>
        ))}
      </LoadingTable>
    </ReportPage>
  );
}

/** A composition shop's quarterly CMP-08: turnover net of returns and 1% tax, half CGST and half SGST. */
export function Cmp08() {
  const { t } = useT();
  const [month, setMonth] = useState(monthOf);
  const fyStartYear = Number(month.slice(5, 7)) >= 4 ? Number(month.slice(0, 4)) : Number(month.slice(0, 4)) - 1;
  const fy = `${fyStartYear}-${String((fyStartYear + 1) % 100).padStart(2, '0')}`;
  const quarter = Math.floor(((Number(month.slice(5, 7)) + 8) % 12) / 3) + 1;
  const shop = useQuery(shopQueries.get());
  const figures = useQuery(gstQueries.cmp08({ fy, quarter }));
  return (
    <ReportPage
      testId="cmp08"
      title={`CMP-08 · ${fy} Q${quarter}`}
      sub={shop.data?.composition ? undefined : t('notComposition')}
      filters={<MonthPicker value={month} onChange={setMonth} />}
    >
      <Loading query={figures}>
        {() =>
          figures.data && (
            <div className="table-scroll statement">
              <table className="report">
                <tbody>
                  <tr>
                    <td>{t('period')}</td>
                    <td className="num">
                      {formatDate(figures.data.from)} – {formatDate(figures.data.to)}
                    </td>
                  </tr>
                  <tr>
                    <td>{t('turnoverNet')}</td>
                    <Amt paise={figures.data.turnoverPaise} />
                  </tr>
                  <tr>
                    <td>CGST</td>
                    <Amt paise={figures.data.cgstPaise} />
                  </tr>
                  <tr>
                    <td>SGST</td>
                    <Amt paise={figures.data.sgstPaise} />
                  </tr>
                  <tr className="grand">
                    <td>{t('taxToPay')}</td>
                    <Amt paise={figures.data.cgstPaise + figures.data.sgstPaise} />
                  </tr>
                </tbody>
              </table>
            </div>
          )
        }
      </Loading>
    </ReportPage>
  );
}
