import { atLeast, type Role } from '../contract/vocabulary';

/** Who may do what. Checked in the core (services) and the dispatcher, never only hidden in the UI. */
export const PERMISSIONS = {
  /** bill at the counter at the catalogue price */
  'bill.create': 'staff',
  /** change a selling price or give a discount on a bill */
  'price.override': 'manager',
  /** bill with GST added on top (exclusive prices) or to a place of supply other than the shop's state */
  'tax.override': 'manager',
  /** let a customer owe on khata up to a limit */
  'credit.limit': 'manager',
  'bill.cancel': 'manager',
  'catalog.edit': 'manager',
  'customers.edit': 'staff',
  'shop.settings': 'owner',
  'users.manage': 'owner',
  /** register a new device, rename one, see the list */
  'devices.manage': 'manager',
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return atLeast(role, PERMISSIONS[permission]);
}

/** API prefixes of the books and returns: the accountant reaches their methods up to a manager's. */
const ACCOUNTANT_AREAS = ['accounting', 'gst', 'reports', 'bank'] as const;

/** The counter's cash inside those areas: the drawer and refunds of sales. */
const COUNTER_CASH = new Set(['accounting.openRegister', 'accounting.closeRegister', 'accounting.register', 'accounting.creditNote']);

/** Reads elsewhere that the books need (the bills, purchase bills, khata balances, stock value). */
const ACCOUNTANT_READS = new Set([
  'auth.logout',
  'auth.me',
  'auth.changePin',
  'shop.get',
  'billing.listInvoices',
  'billing.getInvoice',
  'printing.invoicePdf',
  'purchasing.listBills',
  'purchasing.getBill',
  'khata.customers',
  'khata.ledger',
  'khata.ageing',
  'khata.suppliers',
  'khata.statementPdf',
  'inventory.valuation',
  'suppliers.list',
  'suppliers.get',
]);

/**
 * Whether a role may call a method whose contract names `access` as its least role. The counter's
 * roles climb the ladder; the accountant reaches the books and GST up to a manager's methods, a
 * few reads beside them, and nothing of the counter's cash.
 */
export function mayCall(role: Role, method: string, access: Role): boolean {
  if (role !== 'accountant') return atLeast(role, access);
  if (access === 'owner') return false;
  if (COUNTER_CASH.has(method)) return false;
  const prefix = method.slice(0, method.indexOf('.'));
  return (ACCOUNTANT_AREAS as readonly string[]).includes(prefix) || ACCOUNTANT_READS.has(method);
}
