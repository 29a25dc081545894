import { cashCountPostings } from '../../accounting/voucher-postings';
import { fail } from '../../i18n/fail';
import { formatInr } from '../../format/inr';
import { narrate } from '../../accounting/narration';
import { postingDate } from './common';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';
import { postVoucher } from './vouchers';

/**
 * The cash drawer. CASH in the books is the drawer: opening and closing it with the cash counted
 * posts any difference to cash over and short, so the books always match what was in the drawer.
 * The close records the audit chain's head, which the day-end slip carries on paper.
 */
const COUNT_WORDS = {
  opened: { over: 'narration.drawerOpenedOver', short: 'narration.drawerOpenedShort' },
  closed: { over: 'narration.drawerClosedOver', short: 'narration.drawerClosedShort' },
} as const;

const bookCash = (deps: ServiceDeps) => deps.store.journal.balance('CASH', null);

function count(deps: ServiceDeps, ctx: Parameters<typeof postVoucher>[1], countedPaise: number, book: number, when: 'opened' | 'closed') {
  const lines = cashCountPostings(countedPaise, book);
  if (lines === null) return;
  const over = countedPaise - book;
  postVoucher(deps, ctx, {
    kind: 'register',
    docKind: 'journal',
    voucherType: 'register',
    date: undefined,
    party: null,
    amountPaise: Math.abs(over),
    method: 'CASH',
    reference: '',
    ...narrate(COUNT_WORDS[when][over > 0 ? 'over' : 'short'], {
      counted: formatInr(countedPaise),
      book: formatInr(book),
      difference: formatInr(Math.abs(over)),
    }),
    lines,
  });
}

export const registerHandlers = {
  'accounting.register': (deps) => ({ open: deps.store.registers.open() ?? null, bookCashPaise: bookCash(deps), last: deps.store.registers.last() ?? null }),

  'accounting.openRegister': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const date = postingDate(deps, undefined);
    const id = ids.newId('reg');
    const at = clock.now().toISOString();
    return store.transaction(() => {
      if (store.registers.open()) fail('DUPLICATE', 'accounting.drawerOpen');
      const book = bookCash(deps);
      count(deps, ctx, p.countedPaise, book, 'opened');
      store.registers.insert({
        id,
        deviceId: ctx.device.id,
        businessDate: date,
        openedAt: at,
        openedBy: ctx.user.id,
        openingCountedPaise: p.countedPaise,
        openingBookPaise: book,
        denominations: p.denominations ?? null,
      });
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'accounting.openRegister',
        entity: 'register',
        entityId: id,
        before: null,
        after: { countedPaise: p.countedPaise, bookPaise: book },
      });
      return found(store.registers.view(id), 'Register');
    });
  },

  'accounting.closeRegister': (deps, p, ctx) => {
    const { store, clock } = deps;
    postingDate(deps, undefined);
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const open = store.registers.open();
      if (!open) fail('NOT_FOUND', 'accounting.drawerNotOpen');
      const book = bookCash(deps);
      count(deps, ctx, p.countedPaise, book, 'closed');
      store.registers.close(open.id, {
        closedAt: at,
        closedBy: ctx.user.id,
        countedPaise: p.countedPaise,
        bookPaise: book,
        denominations: p.denominations ?? null,
      });
      // The audit head goes into the close's own audit row: the row before it in the chain.
      const head = store.audit.head();
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'accounting.closeRegister',
        entity: 'register',
        entityId: open.id,
        before: { status: 'open' },
        after: { countedPaise: p.countedPaise, bookPaise: book, auditHead: head },
      });
      return found(store.registers.view(open.id), 'Register');
    });
  },
} satisfies Partial<AreaHandlers<'accounting'>>;
