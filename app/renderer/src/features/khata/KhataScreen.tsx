import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { atLeast } from '../../../../core/contract';
import { formatDate, formatInr } from '../../../../core/format';
import { khataQueries } from '../../api/khata';
import { navigate, splitPath, usePath } from '../../app/router';
import type { ScreenProps } from '../../app/screen';
import { useT } from '../../i18n/i18n';
import { Amt } from '../../ui/Amount';
import { LoadingTable } from '../../ui/DataTable';
import { useKeys } from '../../ui/keys';
import { EmptyRow, ReportPage } from '../../ui/ReportPage';
import { SectionedScreen, type SectionTab } from '../../ui/SectionTabs';
import { CustomerKhata } from './CustomerKhata';
import { Suppliers } from './Suppliers';

type AgeingRow = { d0_30: number; d31_60: number; d61_90: number; d90_plus: number; advancePaise: number };

/** Customers with dues, most owed first; the manager and owner see how old the dues are. */
function CustomerList({ canAge }: { canAge: boolean }) {
  const { t } = useT();
  const [q, setQ] = useState('');
  const [dueOnly, setDueOnly] = useState(true);
  const list = useQuery(khataQueries.customers({ q, dueOnly, limit: 200 }));
  const ageing = useQuery({ ...khataQueries.ageing({ partyType: 'customer' }), enabled: canAge });
  const byId = new Map<string, AgeingRow>((ageing.data?.rows ?? []).map((r) => [r.partyId, r]));
  useKeys({ F2: () => document.getElementById('khata-search')?.focus() });
  const totalDue = (list.data ?? []).reduce((s, c) => s + Math.max(0, c.balancePaise), 0);
  return (
    <ReportPage
      testId="khata-list"
      title={t('khata')}
      sub={`${t('totalDue')}: ${formatInr(totalDue)}`}
      filters={
        <>
          <label className="field grow">
            <span>
              <kbd>F2</kbd> {t('searchCustomer')}
            </span>
            <input id="khata-search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
          </label>
          <label className="check">
            <input type="checkbox" checked={dueOnly} onChange={(e) => setDueOnly(e.target.checked)} />
            <span>{t('dueOnly')}</span>
          </label>
        </>
      }
    >
      <LoadingTable
        query={list}
        head={
          <>
            <th>{t('customer')}</th>
            <th className="num">{t('due')}</th>
            {canAge && (
              <>
                <th className="num hide-phone">0–30</th>
                <th className="num hide-phone">31–60</th>
                <th className="num hide-phone">61–90</th>
                <th className="num hide-phone">90+</th>
              </>
            )}
            <th className="num hide-phone">{t('creditLimit')}</th>
            <th className="hide-phone">{t('lastEntry')}</th>
          </>
        }
        foot={
          canAge &&
          ageing.data && (
            <tr>
              <td>{t('total')}</td>
              <Amt paise={ageing.data.totals.balancePaise} />
              <Amt paise={ageing.data.totals.d0_30} className="hide-phone" />
              <Amt paise={ageing.data.totals.d31_60} className="hide-phone" />
              <Amt paise={ageing.data.totals.d61_90} className="hide-phone" />
              <Amt paise={ageing.data.totals.d90_plus} className="hide-phone" />
              <td colSpan={2} className="hide-phone" />
            </tr>
          )
        }
      >
        {(list.data ?? []).length === 0 && <EmptyRow cols={8} text={t(q.trim() ? 'khataNoneFound' : dueOnly ? 'khataNoneOwe' : 'khataNoCustomers')} />}
        {(list.data ?? []).map((c) => {
          const age = byId.get(c.customerId);
          const open = () => navigate(`/khata/c/${c.customerId}`);
          return (
            <tr key={c.customerId} className="drill" tabIndex={0} onClick={open} onKeyDown={(e) => e.key === 'Enter' && open()} data-testid="khata-row">
              <td>
                <strong>{c.name}</strong>
                <small className="hint block">{c.phone}</small>
              </td>
              <td className={`num big ${c.balancePaise > 0 ? 'due' : 'advance'}`}>
                {c.balancePaise < 0 ? `${formatInr(-c.balancePaise)} ${t('advanceShort')}` : formatInr(c.balancePaise)}
              </td>
              {canAge && (
                <>
                  <Amt paise={age?.d0_30 ?? 0} blankZero className="hide-phone" />
                  <Amt paise={age?.d31_60 ?? 0} blankZero className="hide-phone" />
                  <Amt paise={age?.d61_90 ?? 0} blankZero className="hide-phone" />
                  <Amt paise={age?.d90_plus ?? 0} blankZero className="hide-phone" />
                </>
              )}
              <td className="num hide-phone">{c.creditLimitPaise ? formatInr(c.creditLimitPaise) : t('noLimit')}</td>
              <td className="hide-phone">{c.lastDate ? formatDate(c.lastDate) : '—'}</td>
            </tr>
          );
        })}
      </LoadingTable>
    </ReportPage>
  );
}

/** Khata: customers' dues and each one's running ledger; suppliers' payables for the manager. */
export function KhataScreen({ session }: ScreenProps) {
  const { page } = splitPath(usePath());
  const role = session.user.role;
  const canAge = atLeast(role, 'manager');
  const tabs: SectionTab[] = [
    { path: '/khata', label: 'customers', key: 'F1' },
    { path: '/khata/suppliers', label: 'suppliers', key: 'F5', hidden: !canAge },
  ];
  const customerId = /^\/khata\/c\/([^/]+)$/.exec(page)?.[1];
  return (
    <SectionedScreen tabs={tabs} current={customerId ? '' : page === '/khata/suppliers' && canAge ? page : '/khata'}>
      {customerId ? (
        <CustomerKhata customerId={decodeURIComponent(customerId)} role={role} />
      ) : page === '/khata/suppliers' && canAge ? (
        <Suppliers />
      ) : (
        <CustomerList canAge={canAge} />
      )}
    </SectionedScreen>
  );
}
