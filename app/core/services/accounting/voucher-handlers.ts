import { PARTY_ACCOUNTS } from '../../accounting/chart';
import { accountPaymentPostings, contraPostings, expensePostings, journalPostings, supplierPaymentPostings } from '../../accounting/voucher-postings';
import { fail } from '../../i18n/fail';
import { account, accountOfGroups, EXPENSE_GROUPS, moneyAccount, party } from './common';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import { postVoucher, reverseVoucher } from './vouchers';
import { narrate, typedOr } from '../../accounting/narration';

const common = (p: { clientRef?: string | undefined; date?: string | undefined; reference: string; narration: string }) => ({
  clientRef: p.clientRef,
  date: p.date,
  reference: p.reference,
  narration: p.narration,
});

export const voucherHandlers = {
  'accounting.payment': (deps, p, ctx) => {
    const from = moneyAccount(deps, p.from);
    if ('supplierId' in p.to) {
      const s = party(deps, 'supplier', p.to.supplierId);
      return postVoucher(deps, ctx, {
        ...common(p),
        kind: 'payment',
        docKind: 'payment',
        voucherType: 'payment',
        party: { type: 'supplier', id: s.id },
        amountPaise: p.amountPaise,
        method: from.code,
        ...typedOr(p.narration, narrate('narration.paidSupplier', { party: s.name })),
        lines: supplierPaymentPostings(s.id, p.amountPaise, from.code),
      });
    }
    const to = account(deps, p.to.account);
    if (Object.hasOwn(PARTY_ACCOUNTS, to.code)) fail('INVALID_INPUT', 'accounting.payPartyByVoucher');
    return postVoucher(deps, ctx, {
      ...common(p),
      kind: 'payment',
      docKind: 'payment',
      voucherType: 'payment',
      party: null,
      amountPaise: p.amountPaise,
      method: from.code,
      ...typedOr(p.narration, narrate('narration.paidTo', { account: to.name, accountCode: to.code })),
      lines: accountPaymentPostings(to.code, p.amountPaise, from.code),
    });
  },

  'accounting.expense': (deps, p, ctx) => {
    const head = accountOfGroups(deps, p.account, EXPENSE_GROUPS, 'accounting.notExpenseAccount');
    if ((p.paidFrom === undefined) === (p.supplierId === undefined)) fail('INVALID_INPUT', 'accounting.paidOrOwed');
    const supplierId = p.supplierId === undefined ? null : party(deps, 'supplier', p.supplierId).id;
    const from = supplierId === null ? moneyAccount(deps, p.paidFrom ?? 'CASH').code : null;
    const lines = expensePostings(head.code, p.amountPaise, p.tax, from === null ? { supplierId: supplierId ?? '' } : { from });
    const total = lines.reduce((s, l) => s + l.debit, 0);
    return postVoucher(deps, ctx, {
      ...common(p),
      kind: 'expense',
      docKind: supplierId ? 'journal' : 'payment',
      voucherType: supplierId ? 'expense_credit' : 'expense',
      party: supplierId ? { type: 'supplier', id: supplierId } : null,
      amountPaise: total,
      method: from ?? 'credit',
      ...typedOr(
        p.narration,
        p.reference
          ? narrate('narration.expenseRef', { account: head.name, accountCode: head.code, reference: p.reference })
          : narrate('narration.expense', { account: head.name, accountCode: head.code }),
      ),
      lines,
    });
  },

  'accounting.contra': (deps, p, ctx) => {
    const from = moneyAccount(deps, p.from);
    const to = moneyAccount(deps, p.to);
    return postVoucher(deps, ctx, {
      ...common(p),
      kind: 'contra',
      docKind: 'journal',
      voucherType: 'contra',
      party: null,
      amountPaise: p.amountPaise,
      method: `${from.code}>${to.code}`,
      ...typedOr(p.narration, narrate('narration.contra', { from: from.name, fromCode: from.code, to: to.name, toCode: to.code })),
      lines: contraPostings(from.code, to.code, p.amountPaise),
    });
  },

  'accounting.journal': (deps, p, ctx) => {
    const lines = journalPostings(p.lines.map((l) => ({ account: l.account, debitPaise: l.debitPaise, creditPaise: l.creditPaise, partyId: l.partyId })));
    const amount = lines.reduce((s, l) => s + l.debit, 0);
    const parties = lines.filter((l) => l.partyId !== null);
    const only = parties.length === 1 ? parties[0] : undefined;
    return postVoucher(deps, ctx, {
      ...common(p),
      kind: 'journal',
      docKind: 'journal',
      voucherType: 'journal',
      amountPaise: amount,
      method: '',
      party: only?.partyId ? { type: only.account === 'DEBTORS' ? 'customer' : 'supplier', id: only.partyId } : null,
      ...typedOr(p.narration, narrate('narration.journal', {})),
      lines,
    });
  },

  'accounting.reverseVoucher': (deps, p, ctx) => reverseVoucher(deps, ctx, p.id, p.reason),
  'accounting.voucher': (deps, p, ctx) => found(deps.store.vouchers.view(p.id, ctx.lang), 'Voucher'),
  'accounting.vouchers': (deps, p, ctx) => deps.store.vouchers.list(p.from, p.to, p.kind, p.limit, ctx.lang),
} satisfies Partial<AreaHandlers<'accounting'>>;
