import { useState } from 'react';
import { navigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { BillPanel } from '../../ui/BillPanel';
import { PeriodReport } from './PeriodReport';
import { oneDay, rangeFromLink, thisMonth, type Range } from '../../ui/period';
import { RangePicker } from '../../ui/RangePicker';
import { ReportScreen } from '../../ui/report/ReportScreen';
import { AccountSelect } from '../../ui/AccountSelect';

type LedgerKind = 'ledger' | 'cashBook' | 'bankBook';

/** Ledger of any account (or one party's part of it); the cash and bank books are the same view. */
export function LedgerBook({ kind, search }: { kind: LedgerKind; search: URLSearchParams }) {
  const { t } = useT();
  const fallback = kind === 'cashBook' ? 'CASH' : kind === 'bankBook' ? 'BANK' : 'SALES';
  const account = search.get('account') ?? fallback;
  const partyId = search.get('party') ?? undefined;
  const [range, setRange] = useState<Range>(() => rangeFromLink(search, thisMonth));
  const setAccount = (code: string) =>
    navigate(`/accounting/${kind === 'ledger' ? 'ledger' : kind === 'cashBook' ? 'cash' : 'bank'}?account=${code}&from=${range.from}&to=${range.to}`);
  const title = kind === 'ledger' ? t('ledger') : kind === 'cashBook' ? t('cashBook') : t('bankBook');
  return (
    <ReportScreen
      testId={`report-${kind}`}
      title={title}
      params={{ report: kind, ...range, account, ...(partyId ? { partyId } : {}) }}
      filters={
        <>
          <AccountSelect
            label={t('account')}
            value={account}
            onChange={setAccount}
            groups={kind === 'cashBook' ? ['cash'] : kind === 'bankBook' ? ['bank'] : undefined}
            includeInactive
            required
          />
          <RangePicker value={range} onChange={setRange} />
        </>
      }
      bill={(id) => <BillPanel invoiceId={id} />}
    />
  );
}

/** Every voucher of the period in order, each with its lines; today by default, as the owner checks the day. */
export function DayBook() {
  const { t } = useT();
  return <PeriodReport report="dayBook" title={t('dayBook')} period={oneDay} />;
}
