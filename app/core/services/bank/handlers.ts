import { PARTY_ACCOUNTS } from '../../accounting/chart';
import { balanced, cr, dr } from '../../accounting/posting';
import { settlementPostings } from '../../accounting/voucher-postings';
import { autoMatch, candidatesFor, type ClearingDay } from '../../bank/match';
import { lineKeys, parseBankStatement } from '../../bank/statement';
import { formatInr } from '../../format/inr';
import { fail } from '../../i18n/fail';
import { accountOfGroups, party } from '../accounting/common';
import { found } from '../guards';
import type { AreaHandlers, CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import { postVoucher } from '../accounting/vouchers';
import { narrate } from '../../accounting/narration';

/**
 * Bank reconciliation: statements imported once, matched to the books automatically where the
 * amount, date and reference agree (or a UPI/card settlement explains a deposit), by hand for the
 * rest, and a reconciliation statement that ties the books to the bank.
 */
const bankAccount = (deps: ServiceDeps, code: string) => accountOfGroups(deps, code, ['bank'], 'accounting.notBankAccount');
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Matches what it can among the account's unmatched lines; settlements post their entry. Inside a transaction. */
function runAutoMatch(deps: ServiceDeps, ctx: CallContext, account: string): number {
  const { bank, accountingSettings } = deps.store;
  const statement = bank.lines(account, null, null, true);
  if (statement.length === 0) return 0;
  const upTo = statement.reduce((m, l) => (l.date > m ? l.date : m), '');
  const clearing: ClearingDay[] = ['UPI_CLEARING', 'CARD_CLEARING'].flatMap((c) => bank.unsettledDays(c, upTo).map((d) => ({ clearing: c, ...d })));
  const matches = autoMatch(statement, bank.unmatchedBookLines(account, null), clearing);
  const closedUpto = accountingSettings.get().closedUpto;
  const at = deps.clock.now().toISOString();
  let done = 0;
  for (const m of matches) {
    if (m.kind === 'book') {
      bank.match({ bankLineId: m.bankLineId, entryId: m.entryId, seq: m.seq, how: 'auto', at, userId: ctx.user.id });
      done++;
      continue;
    }
    const line = statement.find((l) => l.id === m.bankLineId);
    if (!line || (closedUpto !== null && line.date <= closedUpto)) continue;
    const v = postVoucher(deps, ctx, {
      kind: 'contra',
      docKind: 'journal',
      voucherType: 'settlement',
      date: line.date,
      party: null,
      amountPaise: m.receivedPaise,
      method: `${m.clearing}>${account}`,
      reference: line.reference,
      ...narrate(m.clearing === 'UPI_CLEARING' ? 'narration.settlementUpi' : 'narration.settlementCard', {
        dates: m.dates.join(', '),
        bankText: line.narration,
      }),
      lines: settlementPostings(account, m.clearing, m.collectedPaise, m.receivedPaise),
    });
    const entry = found(v.entries[0], 'Journal entry');
    bank.markSettled(m.clearing, m.dates, entry.id);
    bank.match({ bankLineId: line.id, entryId: entry.id, seq: entry.lines.findIndex((l) => l.account === account) + 1, how: 'auto', at, userId: ctx.user.id });
    done++;
  }
  return done;
}

function unmatchedLine(deps: ServiceDeps, id: string) {
  const line = found(deps.store.bank.line(id), 'Statement line');
  if (line.match) fail('DUPLICATE', 'bank.lineMatched');
  return line;
}

export const bankHandlers = {
  'bank.import': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const account = bankAccount(deps, p.account).code;
    const parsed = parseBankStatement(p.csv);
    const keys = lineKeys(parsed);
    const existing = store.bank.existingKeys(account, keys);
    const fresh = parsed.map((l, i) => ({ ...l, lineKey: keys[i] ?? '' })).filter((l) => !existing.has(l.lineKey));
    if (fresh.length === 0) fail('DUPLICATE', 'bank.alreadyImported', { file: p.fileName }, { lines: parsed.length });
    const from = parsed.reduce((m, l) => (l.date < m ? l.date : m), parsed[0]?.date ?? '');
    const to = parsed.reduce((m, l) => (l.date > m ? l.date : m), '');
    const statementId = ids.newId('bst');
    const at = clock.now().toISOString();
    const autoMatched = store.transaction(() => {
      store.bank.insertStatement({
        id: statementId,
        account,
        fileName: p.fileName,
        importedAt: at,
        importedBy: ctx.user.id,
        from,
        to,
        closingBalancePaise: parsed.at(-1)?.balancePaise ?? null,
        lines: fresh.map((l) => ({ ...l, id: ids.newId('bkl') })),
      });
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'bank.import',
        entity: 'bank_statement',
        entityId: statementId,
        before: null,
        after: { account, fileName: p.fileName, lines: fresh.length, skipped: parsed.length - fresh.length },
      });
      return runAutoMatch(deps, ctx, account);
    });
    return { statementId, imported: fresh.length, skipped: parsed.length - fresh.length, autoMatched, from, to };
  },

  'bank.lines': (deps, p) => deps.store.bank.lines(bankAccount(deps, p.account).code, p.from ?? null, p.to ?? null, p.unmatchedOnly),

  'bank.candidates': (deps, p) => {
    const line = found(deps.store.bank.line(p.bankLineId), 'Statement line');
    return candidatesFor(line, deps.store.bank.unmatchedBookLines(line.account, null));
  },

  'bank.unmatch': (deps, p, ctx) => {
    const { store, clock } = deps;
    const line = found(store.bank.line(p.bankLineId), 'Statement line');
    if (!line.match) fail('NOT_FOUND', 'bank.lineNotMatched');
    const at = clock.now().toISOString();
    store.transaction(() => {
      store.bank.unmatch(line.id);
      store.audit.append({ at, userId: ctx.user.id, action: 'bank.unmatch', entity: 'bank_line', entityId: line.id, before: line.match, after: null });
    });
    return found(store.bank.line(line.id), 'Statement line');
  },

  'bank.match': (deps, p, ctx) => {
    const { store, clock } = deps;
    const line = unmatchedLine(deps, p.bankLineId);
    const book = found(store.bank.bookLine(p.entryId, p.seq), 'Journal line');
    if (book.account !== line.account) {
      const name = (code: string) => store.accounts.get(code)?.name ?? code;
      fail('INVALID_INPUT', 'bank.otherAccount', { entryAccount: name(book.account), account: name(line.account) });
    }
    if (book.matched) fail('DUPLICATE', 'bank.entryLineMatched');
    if (book.amountPaise !== line.amountPaise)
      fail('INVALID_INPUT', 'bank.amountsDiffer', { statement: formatInr(line.amountPaise), books: formatInr(book.amountPaise) });
    const at = clock.now().toISOString();
    store.transaction(() => {
      store.bank.match({ bankLineId: line.id, entryId: book.entryId, seq: book.seq, how: 'manual', at, userId: ctx.user.id });
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'bank.match',
        entity: 'bank_line',
        entityId: line.id,
        before: null,
        after: { entryId: book.entryId, seq: book.seq },
      });
    });
    return found(store.bank.line(line.id), 'Statement line');
  },

  'bank.post': (deps, p, ctx) => {
    const { store, clock } = deps;
    const line = unmatchedLine(deps, p.bankLineId);
    const other = found(store.accounts.get(p.account), 'Account');
    if (other.code === line.account) fail('INVALID_INPUT', 'bank.otherSide');
    const partyType = PARTY_ACCOUNTS[other.code as keyof typeof PARTY_ACCOUNTS] as 'customer' | 'supplier' | undefined;
    if (partyType && !p.partyId) fail('INVALID_INPUT', partyType === 'customer' ? 'bank.chooseCustomer' : 'bank.chooseSupplier');
    const partyId = partyType && p.partyId ? party(deps, partyType, p.partyId).id : null;
    const amount = Math.abs(line.amountPaise);
    const deposit = line.amountPaise > 0;
    const lines = balanced(deposit ? [dr(line.account, amount), cr(other.code, amount, partyId)] : [dr(other.code, amount, partyId), cr(line.account, amount)]);
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const v = postVoucher(deps, ctx, {
        kind: deposit ? (partyType === 'customer' ? 'receipt' : 'journal') : 'payment',
        docKind: deposit ? (partyType === 'customer' ? 'receipt' : 'journal') : 'payment',
        voucherType: deposit ? (partyType === 'customer' ? 'receipt' : 'bank') : 'payment',
        date: line.date,
        party: partyType && partyId ? { type: partyType, id: partyId } : null,
        amountPaise: amount,
        method: line.account,
        reference: line.reference,
        narration: p.narration || line.narration,
        lines,
      });
      const entry = found(v.entries[0], 'Journal entry');
      store.bank.match({
        bankLineId: line.id,
        entryId: entry.id,
        seq: entry.lines.findIndex((l) => l.account === line.account) + 1,
        how: 'posted',
        at,
        userId: ctx.user.id,
      });
      return found(store.bank.line(line.id), 'Statement line');
    });
  },

  'bank.reconciliation': (deps, p) => {
    const account = bankAccount(deps, p.account).code;
    const book = deps.store.journal.balance(account, null, { before: nextDay(p.asOf) });
    const open = deps.store.bank.openAsOf(account, p.asOf);
    const computed = book - open.book.reduce((s, l) => s + l.amountPaise, 0) + open.bank.reduce((s, l) => s + l.amountPaise, 0);
    return {
      account,
      asOf: p.asOf,
      bookBalancePaise: book,
      notPresented: open.book.filter((l) => l.amountPaise < 0),
      notCredited: open.book.filter((l) => l.amountPaise > 0),
      bankOnly: open.bank,
      computedBankBalancePaise: computed,
      statementBalancePaise: open.statementBalancePaise,
      differencePaise: open.statementBalancePaise === null ? null : open.statementBalancePaise - computed,
    };
  },
} satisfies AreaHandlers<'bank'>;
