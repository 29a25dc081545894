import { formatDate, formatInr } from '../../../../core/format';
import { navigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { Amt, EmptyRow, Loading, ReportPage, useMethod } from '../reports/kit';
import { thisFy } from '../reports/period';

/** What the shop owes its suppliers and for how long; a row opens the supplier's ledger, Pay opens a payment voucher. */
export function Suppliers() {
  const { t } = useT();
  const list = useMethod('khata.suppliers', {});
  const ageing = useMethod('khata.ageing', { partyType: 'supplier' });
  const byId = new Map((ageing.data?.rows ?? []).map((r) => [r.partyId, r]));
  const fy = thisFy();
  return (
    <ReportPage
      testId="suppliers"
      title={t('payables')}
      sub={ageing.data ? `${t('totalDue')}: ${formatInr(ageing.data.totals.balancePaise)}` : undefined}
    >
      <Loading query={list}>
        {() => (
          <div className="table-scroll">
            <table className="report">
              <thead>
                <tr>
                  <th>{t('supplier')}</th>
                  <th className="num">{t('weOwe')}</th>
                  <th className="num hide-phone">0–30</th>
                  <th className="num hide-phone">31–60</th>
                  <th className="num hide-phone">61–90</th>
                  <th className="num hide-phone">90+</th>
                  <th className="hide-phone">{t('lastEntry')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {(list.data ?? []).length === 0 && <EmptyRow cols={8} />}
                {(list.data ?? []).map((s) => {
                  const age = byId.get(s.supplierId);
                  const open = () => navigate(`/books/ledger?account=CREDITORS&party=${s.supplierId}&from=${fy.from}&to=${fy.to}`);
                  return (
                    <tr key={s.supplierId} className="drill" tabIndex={0} onClick={open} onKeyDown={(e) => e.key === 'Enter' && open()}>
                      <td>
                        <strong>{s.name}</strong>
                        <small className="hint block">{s.phone}</small>
                      </td>
                      <td className="num big">{formatInr(s.balancePaise)}</td>
                      <Amt paise={age?.d0_30 ?? 0} blankZero className="hide-phone" />
                      <Amt paise={age?.d31_60 ?? 0} blankZero className="hide-phone" />
                      <Amt paise={age?.d61_90 ?? 0} blankZero className="hide-phone" />
                      <Amt paise={age?.d90_plus ?? 0} blankZero className="hide-phone" />
                      <td className="hide-phone">{s.lastDate ? formatDate(s.lastDate) : '—'}</td>
                      <td>
                        <button
                          type="button"
                          className="small"
                          onClick={(e) => {
                            e.stopPropagation();
                            navigate(`/vouchers/payment?supplier=${s.supplierId}`);
                          }}
                        >
                          {t('pay')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Loading>
    </ReportPage>
  );
}
