import { failWith, fail, type Message } from '../i18n/fail';
import { can, type Permission } from '../users/roles';
import type { CallContext } from './handler';

export function requirePermission(ctx: CallContext, permission: Permission, refusal: Message): void {
  if (!can(ctx.user.role, permission) && !ctx.grants?.includes(permission)) failWith('FORBIDDEN', refusal, { permission, role: ctx.user.role });
}

/** Each kind of record a service looks up, and how "not found" is said for it. */
const RECORDS = {
  Product: 'notFound.product',
  Customer: 'notFound.customer',
  Supplier: 'notFound.supplier',
  User: 'notFound.user',
  Invoice: 'notFound.invoice',
  'Credit note': 'notFound.creditNote',
  'Consolidated invoice': 'notFound.consolidatedInvoice',
  'Purchase order': 'notFound.purchaseOrder',
  'Purchase bill': 'notFound.purchaseBill',
  'Debit note': 'notFound.debitNote',
  Lot: 'notFound.lot',
  'Stock take': 'notFound.stockTake',
  Import: 'notFound.import',
  Account: 'notFound.account',
  'Journal entry': 'notFound.journalEntry',
  'Journal line': 'notFound.journalLine',
  Voucher: 'notFound.voucher',
  Register: 'notFound.register',
  'Statement line': 'notFound.statementLine',
  Rate: 'notFound.gstRate',
} as const;

export type RecordKind = keyof typeof RECORDS;

export function found<T>(value: T | undefined, what: RecordKind): T {
  if (value === undefined) fail('NOT_FOUND', RECORDS[what]);
  return value;
}
