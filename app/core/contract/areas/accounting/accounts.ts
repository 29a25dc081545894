import { z } from 'zod';
import { ACCOUNT_GROUP_CODES } from '../../vocabulary';
import { method, readById } from '../../define';
import { Id, IsoDate, IsoInstant, LIMITS, NonNegPaise, Paise } from '../../schemas';

export const JournalEntryView = z.object({
  id: Id,
  date: IsoDate,
  voucherType: z.string(),
  refId: z.string(),
  narration: z.string(),
  reversesId: Id.nullable(),
  lines: z.array(
    z.object({
      account: z.string(),
      accountName: z.string(),
      debitPaise: Paise,
      creditPaise: Paise,
      partyId: z.string().nullable(),
      partyName: z.string().nullable().describe('the customer’s or supplier’s name, shown in place of the id'),
    }),
  ),
});

export const AccountGroupSchema = z.enum(ACCOUNT_GROUP_CODES);
export const AccountCodeSchema = z
  .string()
  .regex(/^[A-Z0-9_]{2,32}$/, 'an account code such as CASH or RENT')
  .describe('an account code, e.g. CASH, BANK, RENT (accounting.accounts lists them)');

export const AccountView = z.object({
  code: z.string(),
  name: z.string(),
  type: z.enum(['asset', 'liability', 'equity', 'income', 'expense']),
  group: AccountGroupSchema,
  system: z.boolean(),
  active: z.boolean(),
  /** Σ debit − Σ credit of every entry so far */
  balancePaise: Paise,
});

export const BooksSettings = z.object({
  creditPolicy: z.enum(['warn', 'block']).describe('past a customer’s credit limit: warn the cashier, or refuse the khata bill'),
  closedUpto: IsoDate.nullable().describe('nothing may be posted on or before this date'),
  consolidateSmallB2c: z.boolean().describe('bills under ₹200 to walk-in buyers become slips, covered by one consolidated tax invoice a day'),
  aatoPaise: NonNegPaise.max(LIMITS.turnoverPaise).nullable().describe('last year’s aggregate turnover as the owner states it; null: taken from the books'),
});

/** Where an entry came from, so a report can drill from a line to the document. */
export const EntryDocument = z.object({
  type: z.enum(['invoice', 'credit_note', 'voucher', 'opening', 'other']),
  id: z.string(),
  number: z.string().nullable(),
});

export const AuditRowView = z.object({
  id: z.int(),
  at: IsoInstant,
  userId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  beforeJson: z.string().nullable(),
  afterJson: z.string().nullable(),
  prevHash: z.string().nullable(),
  hash: z.string().nullable(),
});

export const AuditCheck = z.object({
  ok: z.boolean(),
  rows: z.int(),
  sealedRows: z.int().describe('rows written before the chain existed, held by the seal row'),
  brokenAt: z.int().nullable(),
  problem: z.string().nullable(),
  headHash: z.string().nullable(),
});

export const accountsApi = {
  'accounting.entriesFor': method({
    summary: 'Journal entries posted for one document (a bill and, if cancelled, its reversal).',
    access: 'manager',
    params: z.object({ refId: Id.describe('the document’s id, e.g. an invoice id') }),
    result: z.array(JournalEntryView),
    errors: [],
    example: { refId: 'inv-0001' },
    reads: ['accounting'],
  }),
  'accounting.entry': readById({
    summary: 'One journal entry with its lines and the document it belongs to (drill-down from any report).',
    access: 'manager',
    result: JournalEntryView.extend({ document: EntryDocument, createdAt: IsoInstant }),
    exampleId: 'je-0001',
    reads: ['accounting'],
  }),
  'accounting.accounts': method({
    summary: 'The chart of accounts with each account’s group and balance.',
    access: 'manager',
    params: z.object({ includeInactive: z.boolean().default(false) }),
    result: z.array(AccountView),
    errors: [],
    example: {},
    reads: ['accounting'],
  }),
  'accounting.addAccount': method({
    summary: 'Add an account to the chart (a bank account, an expense head, a loan); its code is made from the name.',
    access: 'owner',
    params: z.object({ name: z.string().trim().min(2).max(60), group: AccountGroupSchema }),
    result: AccountView,
    errors: ['DUPLICATE', 'INVALID_INPUT'],
    example: { name: 'HDFC Current A/c', group: 'bank' },
    changes: ['accounting'],
  }),
  'accounting.updateAccount': method({
    summary: 'Rename an account, move the owner’s own account to another group, or retire it (system accounts keep their group and stay active).',
    access: 'owner',
    params: z.object({
      code: AccountCodeSchema,
      name: z.string().trim().min(2).max(60).optional(),
      group: AccountGroupSchema.optional(),
      active: z.boolean().optional(),
    }),
    result: AccountView,
    errors: ['NOT_FOUND', 'DUPLICATE', 'INVALID_INPUT'],
    example: { code: 'RENT', name: 'Shop rent (Sadar Bazar)' },
    changes: ['accounting'],
  }),
  'accounting.settings': method({
    summary: 'The books’ settings: khata credit-limit policy, the closed period, small-bill consolidation, turnover for HSN digits.',
    access: 'staff',
    params: z.object({}),
    result: BooksSettings,
    errors: [],
    example: {},
    reads: ['shop'],
  }),
  'accounting.updateSettings': method({
    summary: 'Change the books’ settings (owner only); closing a period stops any posting on or before that date.',
    access: 'owner',
    params: BooksSettings.partial(),
    result: BooksSettings,
    errors: ['INVALID_INPUT'],
    example: { creditPolicy: 'block' },
    changes: ['shop', 'accounting'],
  }),
  'accounting.auditLog': method({
    summary: 'The audit trail, newest first: who changed which master or posted which voucher, when, before and after.',
    access: 'owner',
    params: z.object({
      from: IsoDate.optional(),
      to: IsoDate.optional(),
      entity: z.string().max(40).optional().describe('invoice, customer, product, account, voucher …'),
      entityId: z.string().max(64).optional(),
      limit: z.int().min(1).max(1000).default(200),
    }),
    result: z.array(AuditRowView),
    errors: [],
    example: { entity: 'invoice' },
    reads: ['accounting', 'shop', 'catalog', 'customers', 'billing'],
  }),
  'accounting.verifyAudit': method({
    summary: 'Recompute the audit log’s hash chain and say whether any row was changed, removed or reordered.',
    access: 'owner',
    params: z.object({}),
    result: AuditCheck,
    errors: [],
    example: {},
    reads: ['accounting'],
  }),
};
