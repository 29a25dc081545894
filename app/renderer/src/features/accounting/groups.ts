import type { AccountGroup } from '../../../../core/contract';
import type { StringKey } from '../../i18n/strings';

/** Each account group's name on screen (the contract's groups, in both languages). */
export const GROUP_KEYS = {
  cash: 'group_cash',
  bank: 'group_bank',
  clearing: 'group_clearing',
  debtors: 'group_debtors',
  stock: 'group_stock',
  input_tax: 'group_input_tax',
  current_assets: 'group_current_assets',
  fixed_assets: 'group_fixed_assets',
  creditors: 'group_creditors',
  output_tax: 'group_output_tax',
  current_liabilities: 'group_current_liabilities',
  loans: 'group_loans',
  capital: 'group_capital',
  sales: 'group_sales',
  indirect_income: 'group_indirect_income',
  cost_of_sales: 'group_cost_of_sales',
  purchases: 'group_purchases',
  direct_expenses: 'group_direct_expenses',
  indirect_expenses: 'group_indirect_expenses',
} as const satisfies Record<AccountGroup, StringKey>;
