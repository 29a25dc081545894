import { forAudit, personalChanges } from '../../audit/personal';
import { gstinProblem, gstinRefusal, isStateCode, stateName } from '../../gst/index';
import { fail, failWith } from '../../i18n/fail';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';

/** A registered supplier's state is the one in its GSTIN; an unregistered one must say its state. */
function checkParty(deps: ServiceDeps, gstin: string | null, stateCode: string | undefined, selfId: string | null): string {
  if (gstin) {
    const refusal = gstinRefusal(gstin);
    if (refusal) failWith('INVALID_INPUT', refusal, { gstin, problem: gstinProblem(gstin) });
    const other = deps.store.suppliers.byGstin(gstin);
    if (other && other.id !== selfId) fail('DUPLICATE', 'suppliers.gstinTaken', { supplier: other.name, gstin }, { supplierId: other.id });
    const named = (code: string) => (isStateCode(code) ? `${stateName(code)} (${code})` : code);
    if (stateCode && stateCode !== gstin.slice(0, 2))
      fail('INVALID_INPUT', 'gst.stateNotGstin', { state: named(stateCode), gstinState: named(gstin.slice(0, 2)) });
    return gstin.slice(0, 2);
  }
  if (!stateCode) fail('INVALID_INPUT', 'suppliers.needsState');
  if (!isStateCode(stateCode)) fail('INVALID_INPUT', 'gst.unknownState', { code: stateCode });
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
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'suppliers.add',
        entity: 'supplier',
        entityId: supplier.id,
        before: null,
        after: forAudit(supplier),
      });
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
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'suppliers.update',
        entity: 'supplier',
        entityId: id,
        before: forAudit(before),
        after: { ...forAudit(after), personalChanged: personalChanges(before, after) },
      });
      return after;
    });
  },
} satisfies AreaHandlers<'suppliers'>;
