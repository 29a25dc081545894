import { assertOpenPeriod } from '../../accounting/period';
import type { Params } from '../../contract/index';
import { fail } from '../../i18n/fail';
import { reverseMoves } from '../../inventory/moves';
import { found } from '../guards';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import type { Invoice } from './ports';
import { narrate } from '../../accounting/narration';
import { reverseEntries } from '../accounting/journal-entries';

/**
 * billing.cancelInvoice: a posted bill is never edited. Cancelling keeps its number, marks it
 * cancelled and posts the exact reversal of its journal and stock moves, dated on the bill's
 * own date so that day's books and that month's returns show the bill as cancelled.
 */
export function cancelInvoice(deps: ServiceDeps, p: Params<'billing.cancelInvoice'>, ctx: CallContext): Invoice {
  const { store, clock, ids } = deps;
  const at = clock.now().toISOString();
  store.transaction(() => {
    const inv = found(store.billing.header(p.id), 'Invoice');
    if (inv.status === 'cancelled') fail('ALREADY_CANCELLED', 'billing.alreadyCancelled', { number: inv.number });
    assertOpenPeriod(inv.date, store.accountingSettings.get().closedUpto);
    const notes = store.creditNotes.forInvoice(inv.id);
    if (notes.length > 0) fail('INVALID_INPUT', 'billing.hasReturns', { number: inv.number, notes: notes.map((n) => n.number).join(', ') });
    reverseEntries(
      deps,
      store.journal.entriesFor(inv.id),
      {
        date: inv.date,
        voucherType: 'sales_cancel',
        refType: 'invoice',
        refId: inv.id,
        ...narrate('narration.cancelled', { number: inv.number, reason: p.reason }),
      },
      at,
    );
    const moves = store.stock
      .movesFor(inv.id)
      .map((m) => ({ productId: m.productId, batchId: m.batchId, qtyMilli: m.qtyMilli, valuePaise: m.valuePaise, kind: 'sale' as const }));
    store.stock.insert(reverseMoves(moves, 'sale_cancel'), { refType: 'invoice', refId: inv.id, at });
    store.billing.markCancelled(inv.id, { at, reason: p.reason, userId: ctx.user.id });
    store.audit.append({
      at,
      userId: ctx.user.id,
      action: 'billing.cancelInvoice',
      entity: 'invoice',
      entityId: inv.id,
      before: { status: 'posted' },
      after: { status: 'cancelled', reason: p.reason },
    });
    store.outbox.append({ id: ids.newId('evt'), at, topic: 'invoice.cancelled', payload: { invoiceId: inv.id, number: inv.number } });
  });
  return found(store.billing.view(p.id), 'Invoice');
}
