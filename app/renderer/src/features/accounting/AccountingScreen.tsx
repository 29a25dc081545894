import { splitPath, usePath } from '../../app/router';
import type { ScreenProps } from '../../app/screen';
import { SectionTabs, type SectionTab } from '../../ui/SectionTabs';
import { AuditLog } from './AuditLog';
import { BooksSettingsPanel, TallyExport } from './BooksSettings';
import { ChartOfAccounts } from './ChartOfAccounts';
import { DayBook, LedgerBook } from './LedgerBooks';
import { PurchaseRegister, SalesRegister } from './Registers';
import { BalanceSheet, ProfitAndLoss, TrialBalance } from './Statements';

/**
 * The books for the owner and manager: day book, cash and bank books, any ledger, trial balance,
 * P&L, balance sheet, registers; the chart of accounts and (owner) the audit trail. F1–F10 switch.
 */
export function AccountingScreen({ session }: ScreenProps) {
  const { page, search } = splitPath(usePath());
  const isOwner = session.user.role === 'owner';
  const tabs: SectionTab[] = [
    { path: '/books/day', label: 'dayBook', key: 'F1' },
    { path: '/books/cash', label: 'cashBook', key: 'F2' },
    { path: '/books/bank', label: 'bankBook', key: 'F3' },
    { path: '/books/ledger', label: 'ledger', key: 'F4' },
    { path: '/books/trial-balance', label: 'trialBalance', key: 'F5' },
    { path: '/books/pnl', label: 'profitAndLoss', key: 'F6' },
    { path: '/books/balance-sheet', label: 'balanceSheet', key: 'F7' },
    { path: '/books/sales-register', label: 'salesRegister', key: 'F8' },
    { path: '/books/purchase-register', label: 'purchaseRegister', key: 'Shift+F8' },
    { path: '/books/accounts', label: 'chartOfAccounts', key: 'F9' },
    { path: '/books/audit', label: 'auditLog', key: 'F10', hidden: !isOwner },
  ];
  const current = tabs.find((x) => x.path === page && !x.hidden)?.path ?? '/books/trial-balance';
  return (
    <div className="books">
      <SectionTabs tabs={tabs} current={current} />
      <div className="books-body">
        {current === '/books/day' && <DayBook />}
        {current === '/books/cash' && <LedgerBook key={search.toString()} kind="cashBook" search={search} />}
        {current === '/books/bank' && <LedgerBook key={search.toString()} kind="bankBook" search={search} />}
        {current === '/books/ledger' && <LedgerBook key={search.toString()} kind="ledger" search={search} />}
        {current === '/books/trial-balance' && <TrialBalance />}
        {current === '/books/pnl' && <ProfitAndLoss />}
        {current === '/books/balance-sheet' && <BalanceSheet />}
        {current === '/books/sales-register' && <SalesRegister />}
        {current === '/books/purchase-register' && <PurchaseRegister />}
        {current === '/books/accounts' && (
          <>
            <ChartOfAccounts isOwner={isOwner} />
            <div className="settings">
              <BooksSettingsPanel isOwner={isOwner} />
              <TallyExport />
            </div>
          </>
        )}
        {current === '/books/audit' && <AuditLog />}
      </div>
    </div>
  );
}
