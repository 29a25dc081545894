import { forAudit } from '../../audit/personal';
import { gstinProblem, gstinRefusal, isStateCode } from '../../gst/index';
import { fail, failWith, message } from '../../i18n/fail';
import { requirePermission } from '../guards';
import type { AreaHandlers } from '../handler';

export const customersHandlers = {
  'customers.search': (deps, p) => (p.q.trim() === '' ? [] : deps.store.customers.search(p.q.trim(), p.limit)),

  'customers.add': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    if (p.creditLimitPaise > 0) requirePermission(ctx, 'credit.limit', message('customers.needsManagerForCreditLimit'));
    if (p.gstin) {
      const refusal = gstinRefusal(p.gstin);
      if (refusal) failWith('INVALID_INPUT', refusal, { gstin: p.gstin, problem: gstinProblem(p.gstin) });
    }
    // A registered buyer's state is the one in their GSTIN.
    const stateCode = p.gstin ? p.gstin.slice(0, 2) : p.stateCode;
    if (stateCode !== null && !isStateCode(stateCode)) fail('INVALID_INPUT', 'gst.unknownState', { code: stateCode });
    const id = ids.newId('cust');
    const createdAt = clock.now().toISOString();
    return store.transaction(() => {
      if (p.phone && store.customers.byPhone(p.phone)) fail('DUPLICATE', 'customers.phoneTaken', { phone: p.phone });
      const customer = { id, name: p.name, phone: p.phone, gstin: p.gstin, stateCode, address: p.address, creditLimitPaise: p.creditLimitPaise };
      store.customers.insert({ ...customer, createdAt });
      store.audit.append({
        at: createdAt,
        userId: ctx.user.id,
        action: 'customers.add',
        entity: 'customer',
        entityId: id,
        before: null,
        after: forAudit(customer),
      });
      return customer;
    });
  },
} satisfies AreaHandlers<'customers'>;
