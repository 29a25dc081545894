import { fail } from '../../i18n/fail';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';

/** Held bills on the host, and finding a posted bill by the number on its receipt. */
export const heldBillHandlers = {
  'billing.holdBill': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const { payablePaise, ...bill } = p;
    // A retried hold (the network dropped the answer) finds the bill already held.
    const id = store.transaction(() => {
      const held = store.heldBills.idByClientRef(bill.clientRef);
      if (held) return held;
      const fresh = ids.newId('held');
      store.heldBills.insert({ id: fresh, heldAt: clock.now().toISOString(), userId: ctx.user.id, deviceId: ctx.device.id, payablePaise, bill });
      return fresh;
    });
    return found(store.heldBills.summary(id), 'Invoice');
  },
  'billing.heldBills': (deps) => deps.store.heldBills.list(),
  'billing.resumeHeld': (deps, p) => {
    const bill = deps.store.transaction(() => deps.store.heldBills.take(p.id));
    if (!bill) fail('NOT_FOUND', 'billing.heldTaken');
    return bill;
  },
  'billing.findInvoice': (deps, p) => {
    const id = deps.store.billing.idByNumber(p.number);
    if (!id) fail('NOT_FOUND', 'billing.noBillNumbered', { number: p.number });
    return found(deps.store.billing.view(id), 'Invoice');
  },
} satisfies Partial<AreaHandlers<'billing'>>;
