import { AppError } from '../../contract/errors';
import { gstinProblem, isStateCode } from '../../gst/index';
import type { AreaHandlers } from '../handler';

export const customersHandlers = {
  'customers.search': (deps, p) => (p.q.trim() === '' ? [] : deps.store.customers.search(p.q.trim(), p.limit)),

  'customers.add': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    if (p.gstin) {
      const problem = gstinProblem(p.gstin);
      if (problem) throw new AppError('INVALID_INPUT', `GSTIN ${p.gstin} is not valid (${problem})`, { gstin: p.gstin, problem });
    }
    // A registered buyer's state is the one in their GSTIN.
    const stateCode = p.gstin ? p.gstin.slice(0, 2) : p.stateCode;
    if (stateCode !== null && !isStateCode(stateCode)) throw new AppError('INVALID_INPUT', `Unknown state code ${stateCode}`);
    const id = ids.newId('cust');
    const createdAt = clock.now().toISOString();
    return store.transaction(() => {
      if (p.phone && store.customers.byPhone(p.phone)) throw new AppError('DUPLICATE', `A customer with phone ${p.phone} already exists`);
      const customer = { id, name: p.name, phone: p.phone, gstin: p.gstin, stateCode, address: p.address, creditLimitPaise: p.creditLimitPaise };
      store.customers.insert({ ...customer, createdAt });
      store.audit.append({ at: createdAt, userId: ctx.user.id, action: 'customers.add', entity: 'customer', entityId: id, before: null, after: customer });
      return customer;
    });
  },
} satisfies AreaHandlers<'customers'>;
