import { splitPath, usePath } from '../../app/router';
import type { ScreenProps } from '../../app/screen';
import { currentSection, SectionedScreen, type SectionTab } from '../../ui/SectionTabs';
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
    { path: '/accounting/day', label: 'dayBook', key: 'F1' },
    { path: '/accounting/cash', label: 'cashBook', key: 'F2' },
    { path: '/accounting/bank', label: 'bankBook', key: 'F3' },
    { path: '/accounting/ledger', label: 'ledger', key: 'F4' },
    { path: '/accounting/trial-balance', label: 'trialBalance', key: 'F5' },
    { path: '/accounting/pnl', label: 'profitAndLoss', key: 'F6' },
    { path: '/accounting/balance-sheet', label: 'balanceSheet', key: 'F7' },
    { path: '/accounting/sales-register', label: 'salesRegister', key: 'F8' },
    { path: '/accounting/purchase-register', label: 'purchaseRegister', key: 'Shift+F8' },
    { path: '/accounting/accounts', label: 'chartOfAccounts', key: 'F9' },
    { path: '/accounting/audit', label: 'auditLog', key: 'F10', hidden: !isOwner },
  ];
  const current = currentSection(tabs, page, '/accounting/trial-balance');
  return (
    <SectionedScreen tabs={tabs} current={current}>
      {current === '/accounting/day' && <DayBook />}
      {current === '/accounting/cash' && <LedgerBook key={search.toString()} kind="cashBook" search={search} />}
      {current === '/accounting/bank' && <LedgerBook key={search.toString()} kind="bankBook" search={search} />}
      {current === '/accounting/ledger' && <LedgerBook key={search.toString()} kind="ledger" search={search} />}
      {current === '/accounting/trial-balance' && <TrialBalance />}
      {current === '/accounting/pnl' && <ProfitAndLoss />}
      {current === '/accounting/balance-sheet' && <BalanceSheet />}
      {current === '/accounting/sales-register' && <SalesRegister key={search.toString()} search={search} />}
      {current === '/accounting/purchase-register' && <PurchaseRegister />}
      {current === '/accounting/accounts' && (
        <>
          <ChartOfAccounts isOwner={isOwner} />
          <div className="settings">
            <BooksSettingsPanel isOwner={isOwner} />
            <TallyExport />
          </div>
        </>
      )}
      {current === '/accounting/audit' && <AuditLog />}
    </SectionedScreen>
  );
}
