/**
 * System accounts every shop has. Business events post to them by code; the owner may add
 * more accounts (issue #3) but these codes are what the posting rules name.
 */
export type AccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense';

export const SYSTEM_ACCOUNTS = {
  CASH: { name: 'Cash in hand', type: 'asset' },
  UPI_CLEARING: { name: 'UPI clearing', type: 'asset' },
  CARD_CLEARING: { name: 'Card clearing', type: 'asset' },
  DEBTORS: { name: 'Sundry debtors (khata)', type: 'asset' },
  STOCK: { name: 'Stock in trade', type: 'asset' },
  CREDITORS: { name: 'Sundry creditors', type: 'liability' },
  OUTPUT_CGST: { name: 'Output CGST', type: 'liability' },
  OUTPUT_SGST: { name: 'Output SGST/UTGST', type: 'liability' },
  OUTPUT_IGST: { name: 'Output IGST', type: 'liability' },
  OUTPUT_CESS: { name: 'Output cess', type: 'liability' },
  CAPITAL: { name: 'Capital', type: 'equity' },
  SALES: { name: 'Sales', type: 'income' },
  ROUND_OFF: { name: 'Round off', type: 'income' },
  COGS: { name: 'Cost of goods sold', type: 'expense' },
} as const satisfies Record<string, { name: string; type: AccountType }>;

export type SystemAccount = keyof typeof SYSTEM_ACCOUNTS;
export type AccountCode = SystemAccount | (string & {});
