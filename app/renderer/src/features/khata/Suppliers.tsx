import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, formatInr } from '../../../../core/format';
import { khataQueries } from '../../api/khata';
import { supplierQueries } from '../../api/suppliers';
import { navigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { Amt } from '../../ui/Amount';
import { LoadingTable } from '../../ui/DataTable';
import { thisFy } from '../../ui/period';
import { EmptyRow, ReportPage } from '../../ui/ReportPage';

/**
 * Every supplier of the master, found by name, with what the shop owes each and for how long (most
 * owed first); a row opens the supplier's ledger, Pay opens a payment voucher for that supplier.
 */
export function Suppliers() {
  const { t } = useT();
  const [q, setQ] = useState('');
  const master = useQuery(supplierQueries.list(q));
  const dues = useQuery(khataQueries.suppliers());
  const ageing = useQuery(khataQueries.ageing({ partyType: 'supplier' }));
  const byId = new Map((ageing.data?.rows ?? []).map((r) => [r.partyId, r]));
  const due = new Map((dues.data ?? []).map((d) => [d.supplierId, d]));
  const rows = (master.data ?? [])
    .map((s) => ({
      supplierId: s.id,
      name: s.name,
      phone: s.phone,
      active: s.active,
      balancePaise: due.get(s.id)?.balancePaise ?? 0,
      lastDate: due.get(s.id)?.lastDate ?? null,
    }))
    .filter((s) => s.active || s.balancePaise !== 0)
    .sort((a, b) => b.balancePaise - a.balancePaise || a.name.localeCompare(b.name));
  const fy = thisFy();
  return (
    <ReportPage
      testId="suppliers"
      title={t('payables')}
      sub={ageing.data ? `${t('totalDue')}: ${formatInr(ageing.data.totals.balancePaise)}` : undefined}
      filters={<input type="search" aria-label={t('supplier')} placeholder={t('supplier')} value={q} onChange={(e) => setQ(e.target.value)} />}
    >
      <LoadingTable
        query={master}
        head={
          <>
            <th>{t('supplier')}</th>
            <th className="num">{t('weOwe')}</th>
            <th className="num hide-phone">0–30</th>
            <th className="num hide-phone">31–60</th>
            <th className="num hide-phone">61–90</th>
            <th className="num hide-phone">90+</th>
            <th className="hide-phone">{t('lastEntry')}</th>
            <th />
          </>
        }
      >
        {rows.length === 0 && <EmptyRow cols={8} text={t('suppliersNone')} />}
        {rows.map((s) => {
          const age = byId.get(s.supplierId);
          const open = () => navigate(`/accounting/ledger?account=CREDITORS&party=${s.supplierId}&from=${fy.from}&to=${fy.to}`);
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
      </LoadingTable>
    </ReportPage>
  );
}
