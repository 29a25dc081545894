/**
 * System accounts every shop has. Business events post to them by code; the owner may add
 * more accounts, but these codes are what the posting rules name. The host adds any missing
 * one at every start, so a new system account reaches existing shop files.
 */
export type AccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense';

export const SYSTEM_ACCOUNTS = {
  CASH: { name: 'Cash in hand', type: 'asset' },
  BANK: { name: 'Bank account', type: 'asset' },
  UPI_CLEARING: { name: 'UPI clearing', type: 'asset' },
  CARD_CLEARING: { name: 'Card clearing', type: 'asset' },
  DEBTORS: { name: 'Sundry debtors (khata)', type: 'asset' },
  STOCK: { name: 'Stock in trade', type: 'asset' },
  INPUT_CGST: { name: 'Input CGST', type: 'asset' },
  INPUT_SGST: { name: 'Input SGST/UTGST', type: 'asset' },
  INPUT_IGST: { name: 'Input IGST', type: 'asset' },
  INPUT_CESS: { name: 'Input cess', type: 'asset' },
  CREDITORS: { name: 'Sundry creditors', type: 'liability' },
  OUTPUT_CGST: { name: 'Output CGST', type: 'liability' },
  OUTPUT_SGST: { name: 'Output SGST/UTGST', type: 'liability' },
  OUTPUT_IGST: { name: 'Output IGST', type: 'liability' },
  OUTPUT_CESS: { name: 'Output cess', type: 'liability' },
  CAPITAL: { name: 'Capital', type: 'equity' },
  DRAWINGS: { name: 'Drawings', type: 'equity' },
  SALES: { name: 'Sales', type: 'income' },
  ROUND_OFF: { name: 'Round off', type: 'income' },
  COGS: { name: 'Cost of goods sold', type: 'expense' },
  STOCK_ADJUSTMENT: { name: 'Stock shortage, damage and expiry', type: 'expense' },
  CASH_OVER_SHORT: { name: 'Cash over and short', type: 'expense' },
} as const satisfies Record<string, { name: string; type: AccountType }>;

export type SystemAccount = keyof typeof SYSTEM_ACCOUNTS;
export type AccountCode = SystemAccount | (string & {});
