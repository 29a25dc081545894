import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../../../../core/format';
import { gstQueries } from '../../api/gst';
import { useT, type StringKey } from '../../i18n/i18n';
import { Amt } from '../../ui/Amount';
import { Loading } from '../../ui/Loading';
import { EmptyRow, ReportPage } from '../../ui/ReportPage';
import { Issues } from './Gstr1';
import { MonthPicker, monthOf, periodOf } from './MonthPicker';

type Tax = { igstPaise: number; cgstPaise: number; sgstPaise: number; cessPaise: number };
const TAX = ['igstPaise', 'cgstPaise', 'sgstPaise', 'cessPaise'] as const;

function TaxCells({ v }: { v: Tax }) {
  return (
    <>
      {TAX.map((h) => (
        <Amt key={h} paise={v[h]} />
      ))}
    </>
  );
}

/** GSTR-3B as the portal's tables: 3.1 outward supplies, 3.2 inter-state to unregistered, 4 ITC, and tax payable. */
export function Gstr3b() {
  const { t } = useT();
  const [month, setMonth] = useState(monthOf);
  const query = useQuery(gstQueries.gstr3b({ period: periodOf(month) }));
  return (
    <ReportPage
      testId="gstr3b"
      title={`GSTR-3B · ${periodOf(month)}`}
      sub={query.data ? `${formatDate(query.data.period.from)} – ${formatDate(query.data.period.to)}` : undefined}
      filters={<MonthPicker value={month} onChange={setMonth} />}
    >
      <Loading query={query}>
        {() => {
          const d = query.data;
          if (!d) return null;
          const outward: Array<[string, StringKey, typeof d.outward.taxable]> = [
            ['(a)', 'g3bTaxable', d.outward.taxable],
            ['(b)', 'g3bZero', d.outward.zeroRated],
            ['(c)', 'g3bNil', d.outward.nilExempt],
            ['(d)', 'g3bReverse', d.outward.reverseCharge],
            ['(e)', 'g3bNonGst', d.outward.nonGst],
          ];
          return (
            <>
              <div className="table-scroll">
                <table className="report">
                  <caption>3.1 {t('g3bOutward')}</caption>
                  <thead>
                    <tr>
                      <th>{t('nature')}</th>
                      <th className="num">{t('taxable')}</th>
                      <th className="num">IGST</th>
                      <th className="num">CGST</th>
                      <th className="num">SGST</th>
                      <th className="num">{t('cess')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {outward.map(([n, label, v]) => (
                      <tr key={n}>
                        <td>
                          {n} {t(label)}
                        </td>
                        <Amt paise={v.taxablePaise} />
                        <TaxCells v={v} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="table-scroll">
                <table className="report">
                  <caption>3.2 {t('g3bInterUnreg')}</caption>
                  <thead>
                    <tr>
                      <th>{t('placeOfSupply')}</th>
                      <th className="num">{t('taxable')}</th>
                      <th className="num">IGST</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.interStateUnregistered.length === 0 && <EmptyRow cols={3} />}
                    {d.interStateUnregistered.map((r) => (
                      <tr key={r.placeOfSupply}>
                        <td>{r.placeOfSupply}</td>
                        <Amt paise={r.taxablePaise} />
                        <Amt paise={r.igstPaise} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="table-scroll">
                <table className="report">
                  <caption>4 {t('g3bItc')}</caption>
                  <thead>
                    <tr>
                      <th />
                      <th className="num">IGST</th>
                      <th className="num">CGST</th>
                      <th className="num">SGST</th>
                      <th className="num">{t('cess')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <tr>
                      <td>4(A)(3) {t('g3bItcReverseCharge')}</td>
                      <TaxCells v={d.itc.reverseCharge} />
                    </tr>
                    <tr>
                      <td>4(A)(5) {t('g3bItcAvailable')}</td>
                      <TaxCells v={d.itc.available} />
                    </tr>
                    <tr className="hint">
                      <td>&nbsp;&nbsp;{t('g3bItcBills')}</td>
                      <TaxCells v={d.itc.documents.bills} />
                    </tr>
                    <tr className="hint">
                      <td>&nbsp;&nbsp;{t('g3bItcDebitNotes')}</td>
                      <TaxCells v={d.itc.documents.debitNotes} />
                    </tr>
                    <tr className="hint">
                      <td>&nbsp;&nbsp;{t('g3bItcExpenses')}</td>
                      <TaxCells v={d.itc.documents.expenses} />
                    </tr>
                    <tr>
                      <td>4(B)(2) {t('g3bItcReversed')}</td>
                      <TaxCells v={d.itc.reversed} />
                    </tr>
                    <tr className="subtotal">
                      <td>4(C) {t('g3bItcNet')}</td>
                      <TaxCells v={d.itc.net} />
                    </tr>
                  </tbody>
                  <tfoot>
                    <tr className="grand">
                      <td>{t('g3bPayable')}</td>
                      <TaxCells v={d.payable} />
                    </tr>
                  </tfoot>
                </table>
              </div>
              <p className="hint small">{t('g3bPurchasesNote')}</p>
              <Issues issues={d.issues} />
            </>
          );
        }}
      </Loading>
    </ReportPage>
  );
}
