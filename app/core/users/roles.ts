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
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return atLeast(role, PERMISSIONS[permission]);
}
