import { PARTY_ACCOUNTS } from '../../accounting/chart';
import type { Balanced } from '../../accounting/posting';
import { accountPaymentPostings, contraPostings, expensePostings, journalPostings, supplierPaymentPostings } from '../../accounting/voucher-postings';
import { fail } from '../../i18n/fail';
import { account, accountOfGroups, EXPENSE_GROUPS, moneyAccount, party } from './common';
import { found } from '../guards';
import type { AreaHandlers, CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import type { Voucher } from './ports';
import { postVoucher, reverseVoucher, type VoucherDraft } from './vouchers';
import { narrate, typedOr, type Narrated } from '../../accounting/narration';

/** The number series and journal type of each voucher the owner posts by hand. */
const SERIES = {
  payment: { kind: 'payment', docKind: 'payment', voucherType: 'payment' },
  expense: { kind: 'expense', docKind: 'payment', voucherType: 'expense' },
  expenseOnCredit: { kind: 'expense', docKind: 'journal', voucherType: 'expense_credit' },
  contra: { kind: 'contra', docKind: 'journal', voucherType: 'contra' },
  journal: { kind: 'journal', docKind: 'journal', voucherType: 'journal' },
} as const satisfies Record<string, Pick<VoucherDraft, 'kind' | 'docKind' | 'voucherType'>>;

/** What the owner typed on every voucher. */
interface Typed {
  clientRef?: string | undefined;
  date?: string | undefined;
  reference: string;
  narration: string;
}

/** What each kind of voucher works out: whose it is (none unless said), how it was paid, the books' narration, the entry. */
interface Worked {
  party?: VoucherDraft['party'];
  method: string;
  books: Narrated;
  lines: Balanced;
}

/** A voucher's amount is what its entry moves; the books' narration stands where the owner typed none. */
function post(deps: ServiceDeps, ctx: CallContext, p: Typed, series: keyof typeof SERIES, v: Worked): Voucher {
  return postVoucher(deps, ctx, {
    clientRef: p.clientRef,
    date: p.date,
    reference: p.reference,
    ...SERIES[series],
    party: v.party ?? null,
    amountPaise: v.lines.reduce((s, l) => s + l.debit, 0),
    method: v.method,
    ...typedOr(p.narration, v.books),
    lines: v.lines,
  });
}

export const voucherHandlers = {
  'accounting.payment': (deps, p, ctx) => {
    const from = moneyAccount(deps, p.from);
    if ('supplierId' in p.to) {
      const s = party(deps, 'supplier', p.to.supplierId);
      return post(deps, ctx, p, 'payment', {
        party: { type: 'supplier', id: s.id },
        method: from.code,
        books: narrate('narration.paidSupplier', { party: s.name }),
        lines: supplierPaymentPostings(s.id, p.amountPaise, from.code),
      });
    }
    const to = account(deps, p.to.account);
    if (Object.hasOwn(PARTY_ACCOUNTS, to.code)) fail('INVALID_INPUT', 'accounting.payPartyByVoucher');
    return post(deps, ctx, p, 'payment', {
      method: from.code,
      books: narrate('narration.paidTo', { account: to.name, accountCode: to.code }),
      lines: accountPaymentPostings(to.code, p.amountPaise, from.code),
    });
  },

  'accounting.expense': (deps, p, ctx) => {
    const head = accountOfGroups(deps, p.account, EXPENSE_GROUPS, 'accounting.notExpenseAccount');
    if ((p.paidFrom === undefined) === (p.supplierId === undefined)) fail('INVALID_INPUT', 'accounting.paidOrOwed');
    const supplierId = p.supplierId === undefined ? null : party(deps, 'supplier', p.supplierId).id;
    const from = supplierId === null ? moneyAccount(deps, p.paidFrom ?? 'CASH').code : null;
    const heads = { account: head.name, accountCode: head.code };
    return post(deps, ctx, p, supplierId ? 'expenseOnCredit' : 'expense', {
      party: supplierId ? { type: 'supplier', id: supplierId } : null,
      method: from ?? 'credit',
      books: p.reference ? narrate('narration.expenseRef', { ...heads, reference: p.reference }) : narrate('narration.expense', heads),
      lines: expensePostings(head.code, p.amountPaise, p.tax, from === null ? { supplierId: supplierId ?? '' } : { from }),
    });
  },

  'accounting.contra': (deps, p, ctx) => {
    const from = moneyAccount(deps, p.from);
    const to = moneyAccount(deps, p.to);
    return post(deps, ctx, p, 'contra', {
      method: `${from.code}>${to.code}`,
      books: narrate('narration.contra', { from: from.name, fromCode: from.code, to: to.name, toCode: to.code }),
      lines: contraPostings(from.code, to.code, p.amountPaise),
    });
  },

  'accounting.journal': (deps, p, ctx) => {
    const lines = journalPostings(p.lines.map((l) => ({ account: l.account, debitPaise: l.debitPaise, creditPaise: l.creditPaise, partyId: l.partyId })));
    const parties = lines.filter((l) => l.partyId !== null);
    const only = parties.length === 1 ? parties[0] : undefined;
    return post(deps, ctx, p, 'journal', {
      party: only?.partyId ? { type: only.account === 'DEBTORS' ? 'customer' : 'supplier', id: only.partyId } : null,
      method: '',
      books: narrate('narration.journal', {}),
      lines,
    });
  },

  'accounting.reverseVoucher': (deps, p, ctx) => reverseVoucher(deps, ctx, p.id, p.reason),
  'accounting.voucher': (deps, p, ctx) => found(deps.store.vouchers.view(p.id, ctx.lang), 'Voucher'),
  'accounting.vouchers': (deps, p, ctx) => deps.store.vouchers.list(p.from, p.to, p.kind, p.limit, ctx.lang),
} satisfies Partial<AreaHandlers<'accounting'>>;
