import { AppError } from '../../contract/errors';
import { gstinProblem, isStateCode } from '../../gst/index';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';

/** A registered supplier's state is the one in its GSTIN; an unregistered one must say its state. */
function checkParty(deps: ServiceDeps, gstin: string | null, stateCode: string | undefined, selfId: string | null): string {
  if (gstin) {
    const problem = gstinProblem(gstin);
    if (problem) throw new AppError('INVALID_INPUT', `GSTIN ${gstin} is not valid (${problem})`, { gstin, problem });
    const other = deps.store.suppliers.byGstin(gstin);
    if (other && other.id !== selfId) throw new AppError('DUPLICATE', `${other.name} already has GSTIN ${gstin}`, { supplierId: other.id });
    if (stateCode && stateCode !== gstin.slice(0, 2)) throw new AppError('INVALID_INPUT', `State ${stateCode} does not match the GSTIN's ${gstin.slice(0, 2)}`);
    return gstin.slice(0, 2);
  }
  if (!stateCode) throw new AppError('INVALID_INPUT', 'Give the supplier’s state (or its GSTIN)');
  if (!isStateCode(stateCode)) throw new AppError('INVALID_INPUT', `Unknown state code ${stateCode}`);
  return stateCode;
}

export const suppliersHandlers = {
  'suppliers.list': (deps, p) => deps.store.suppliers.list(p.q),
  'suppliers.get': (deps, p) => found(deps.store.suppliers.get(p.id), 'Supplier'),

  'suppliers.add': (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const stateCode = checkParty(deps, p.gstin, p.stateCode, null);
      const supplier = {
        id: ids.newId('supp'),
        name: p.name,
        gstin: p.gstin,
        stateCode,
        paymentTermsDays: p.paymentTermsDays,
        phone: p.phone,
        address: p.address,
        active: true,
      };
      store.suppliers.insert({ ...supplier, createdAt: at });
      store.audit.append({ at, userId: ctx.user.id, action: 'suppliers.add', entity: 'supplier', entityId: supplier.id, before: null, after: supplier });
      return supplier;
    });
  },

  'suppliers.update': (deps, p, ctx) => {
    const { store, clock } = deps;
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const before = found(store.suppliers.get(p.id), 'Supplier');
      const { id, ...patch } = p;
      const gstin = patch.gstin === undefined ? before.gstin : patch.gstin;
      const stateCode = checkParty(deps, gstin, patch.stateCode ?? (patch.gstin === undefined ? before.stateCode : undefined), id);
      store.suppliers.update(id, { ...patch, gstin, stateCode });
      const after = found(store.suppliers.get(id), 'Supplier');
      store.audit.append({ at, userId: ctx.user.id, action: 'suppliers.update', entity: 'supplier', entityId: id, before, after });
      return after;
    });
  },
} satisfies AreaHandlers<'suppliers'>;
