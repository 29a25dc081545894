import type { AccountGroup } from '../contract/vocabulary';
/**
 * The chart of accounts of an Indian small retailer. Business events post to system accounts by
 * code; the owner renames them, adds bank accounts and expense heads, and retires his own. The
 * host adds any missing system account at every start, so a new one reaches existing shop files.
 */
export type AccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense';

/**
 * Groups decide where an account appears: the balance sheet side, the trading or profit part of
 * the P&L, and the Tally group it is exported under.
 */
export const ACCOUNT_GROUPS = {
  cash: { type: 'asset', label: 'Cash in hand', tally: 'Cash-in-Hand' },
  bank: { type: 'asset', label: 'Bank accounts', tally: 'Bank Accounts' },
  clearing: { type: 'asset', label: 'UPI and card collections', tally: 'Current Assets' },
  debtors: { type: 'asset', label: 'Sundry debtors', tally: 'Sundry Debtors' },
  stock: { type: 'asset', label: 'Stock in trade', tally: 'Stock-in-Hand' },
  input_tax: { type: 'asset', label: 'Input GST', tally: 'Duties & Taxes' },
  current_assets: { type: 'asset', label: 'Other current assets', tally: 'Current Assets' },
  fixed_assets: { type: 'asset', label: 'Fixed assets', tally: 'Fixed Assets' },
  creditors: { type: 'liability', label: 'Sundry creditors', tally: 'Sundry Creditors' },
  output_tax: { type: 'liability', label: 'Output GST', tally: 'Duties & Taxes' },
  current_liabilities: { type: 'liability', label: 'Other current liabilities', tally: 'Current Liabilities' },
  loans: { type: 'liability', label: 'Loans', tally: 'Loans (Liability)' },
  capital: { type: 'equity', label: 'Capital', tally: 'Capital Account' },
  sales: { type: 'income', label: 'Sales', tally: 'Sales Accounts' },
  indirect_income: { type: 'income', label: 'Other income', tally: 'Indirect Incomes' },
  cost_of_sales: { type: 'expense', label: 'Cost of goods sold', tally: 'Direct Expenses' },
  purchases: { type: 'expense', label: 'Purchases', tally: 'Purchase Accounts' },
  direct_expenses: { type: 'expense', label: 'Direct expenses', tally: 'Direct Expenses' },
  indirect_expenses: { type: 'expense', label: 'Indirect expenses', tally: 'Indirect Expenses' },
} as const satisfies Record<AccountGroup, { type: AccountType; label: string; tally: string }>;

export const typeOfGroup = (group: AccountGroup): AccountType => ACCOUNT_GROUPS[group].type;

/** Money sits in these: vouchers pay from and into them, and contra moves between them. */
export const MONEY_GROUPS: readonly AccountGroup[] = ['cash', 'bank', 'clearing'];

/** Trading part of the P&L (gross profit); the other income and expense groups come after it. */
export const TRADING_GROUPS: readonly AccountGroup[] = ['sales', 'cost_of_sales', 'purchases', 'direct_expenses'];

/** The accounts every shop has, by code; each one's type is its group's. */
export const SYSTEM_ACCOUNTS = {
  CASH: { name: 'Cash in hand', group: 'cash' },
  BANK: { name: 'Bank account', group: 'bank' },
  UPI_CLEARING: { name: 'UPI clearing', group: 'clearing' },
  CARD_CLEARING: { name: 'Card clearing', group: 'clearing' },
  DEBTORS: { name: 'Sundry debtors (khata)', group: 'debtors' },
  STOCK: { name: 'Stock in trade', group: 'stock' },
  INPUT_CGST: { name: 'Input CGST', group: 'input_tax' },
  INPUT_SGST: { name: 'Input SGST/UTGST', group: 'input_tax' },
  INPUT_IGST: { name: 'Input IGST', group: 'input_tax' },
  INPUT_CESS: { name: 'Input cess', group: 'input_tax' },
  CREDITORS: { name: 'Sundry creditors', group: 'creditors' },
  OUTPUT_CGST: { name: 'Output CGST', group: 'output_tax' },
  OUTPUT_SGST: { name: 'Output SGST/UTGST', group: 'output_tax' },
  OUTPUT_IGST: { name: 'Output IGST', group: 'output_tax' },
  OUTPUT_CESS: { name: 'Output cess', group: 'output_tax' },
  CAPITAL: { name: 'Capital', group: 'capital' },
  DRAWINGS: { name: 'Drawings', group: 'capital' },
  SALES: { name: 'Sales', group: 'sales' },
  SALES_RETURNS: { name: 'Sales returns', group: 'sales' },
  ROUND_OFF: { name: 'Round off', group: 'indirect_income' },
  DISCOUNT_RECEIVED: { name: 'Discount received', group: 'indirect_income' },
  INTEREST_RECEIVED: { name: 'Interest received', group: 'indirect_income' },
  COGS: { name: 'Cost of goods sold', group: 'cost_of_sales' },
  STOCK_ADJUSTMENT: { name: 'Stock shortage, damage and expiry', group: 'cost_of_sales' },
  PURCHASES: { name: 'Purchases (not kept in stock)', group: 'purchases' },
  FREIGHT: { name: 'Freight and cartage inward', group: 'direct_expenses' },
  CASH_OVER_SHORT: { name: 'Cash over and short', group: 'indirect_expenses' },
  DISCOUNT_ALLOWED: { name: 'Discount allowed', group: 'indirect_expenses' },
  RENT: { name: 'Shop rent', group: 'indirect_expenses' },
  ELECTRICITY: { name: 'Electricity', group: 'indirect_expenses' },
  SALARIES: { name: 'Salaries and wages', group: 'indirect_expenses' },
  TELEPHONE: { name: 'Phone and internet', group: 'indirect_expenses' },
  BANK_CHARGES: { name: 'Bank and UPI/card charges', group: 'indirect_expenses' },
  SHOP_EXPENSES: { name: 'Shop and general expenses', group: 'indirect_expenses' },
} as const satisfies Record<string, { name: string; group: AccountGroup }>;

export type SystemAccount = keyof typeof SYSTEM_ACCOUNTS;
export type AccountCode = SystemAccount | (string & {});

export const isSystemAccount = (code: string): code is SystemAccount => Object.hasOwn(SYSTEM_ACCOUNTS, code);

/** The control accounts whose every line names a customer (DEBTORS) or a supplier (CREDITORS). */
export const PARTY_ACCOUNTS = { DEBTORS: 'customer', CREDITORS: 'supplier' } as const;
export type PartyType = (typeof PARTY_ACCOUNTS)[keyof typeof PARTY_ACCOUNTS];

/**
 * A code for an account the owner adds, from its name: "HDFC Current A/c" → HDFC_CURRENT_AC.
 * A number is added when the code is taken.
 */
export function accountCodeFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 24) || 'ACCOUNT';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}
