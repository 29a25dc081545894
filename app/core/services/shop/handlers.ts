import { localDate } from '../../calendar/fy';
import { gstinRefusal } from '../../gst/index';
import { fail, failWith } from '../../i18n/fail';
import { GST_STATES } from '../../gst/states';
import { upiPayLink } from '../../payments/upi';
import { normalVpa, ownerRefusal } from '../../shop/identity';
import type { AreaHandlers } from '../handler';
import { checkDraft, continueSeries, currentFy, firstNumbers, identityOf, nextNumbersOf } from './identity';
import { setupShop } from './setup';
import { shopBackupHandlers } from './backups';
import { newRecoveryCodeWithSheet } from '../users/recovery-sheet';

export const shopHandlers = {
  'shop.get': (deps) => deps.store.shop.get(),

  'shop.status': (deps) => {
    const shop = deps.store.shop.find();
    return {
      state: !shop ? 'new' : shop.demo ? 'demo' : 'ready',
      name: shop?.name ?? null,
      fyLabel: currentFy(deps).label,
      today: localDate(deps.clock.now()),
      states: Object.entries(GST_STATES).map(([code, name]) => ({ code, name })),
    };
  },

  'shop.checkSetup': (deps, p) => {
    const checked = checkDraft(deps, p.shop, false);
    if (p.owner) {
      const refusal = ownerRefusal(p.owner, false);
      if (refusal) failWith('INVALID_INPUT', refusal);
    }
    const vpa = normalVpa(p.shop.upiVpa);
    const payee = p.shop.upiPayee?.trim() || p.shop.name?.trim() || vpa;
    const upiTestLink = vpa && payee ? upiPayLink({ vpa, payeeName: payee, note: 'Test' }) : null;
    return { ok: true, pan: checked.pan, ...firstNumbers(checked), upiTestLink };
  },

  'shop.setup': async (deps, p) => {
    const { store } = deps;
    if (store.shop.find()) fail('INVALID_INPUT', 'shop.alreadySetUp');
    const checked = checkDraft(deps, p.shop, true);
    const refusal = ownerRefusal(p.owner, true);
    if (refusal) failWith('INVALID_INPUT', refusal);
    store.transaction(() => {
      setupShop(deps, {
        shop: { ...identityOf(p.shop, checked), roundOff: true, fyStartMonth: 4, receiptFooter: '', printer: { kind: 'none' } },
        users: [{ name: p.owner.name.trim(), role: 'owner', pin: p.owner.pin }],
      });
      continueSeries(deps, checked);
      if (p.catalogue === 'demo') deps.shopFiles.seedDemoCatalogue();
    });
    const owner = store.users.listActive().find((u) => u.role === 'owner');
    if (!owner) fail('INVALID_INPUT', 'shop.needsOwner');
    return { owner, recovery: await newRecoveryCodeWithSheet(deps, null, p.lang) };
  },

  'shop.startDemo': (deps) => {
    if (deps.store.shop.find()) fail('INVALID_INPUT', 'shop.alreadySetUp');
    deps.shopFiles.seedDemo();
    return { ok: true };
  },

  'shop.leaveDemo': async (deps) => {
    if (!deps.store.shop.get().demo) fail('INVALID_INPUT', 'shop.notDemo');
    await deps.shopFiles.leaveDemo();
    return { ok: true };
  },

  'shop.nextNumbers': (deps) => nextNumbersOf(deps),

  'shop.saveIdentity': (deps, p, ctx) => {
    const { store, clock } = deps;
    const checked = checkDraft(deps, p.shop, true);
    return store.transaction(() => {
      const before = store.shop.get();
      const identity = identityOf(p.shop, checked);
      store.shop.update(identity);
      continueSeries(deps, checked);
      store.audit.append({
        at: clock.now().toISOString(),
        userId: ctx.user.id,
        action: 'shop.saveIdentity',
        entity: 'shop',
        entityId: before.id,
        before,
        after: identity,
      });
      return store.shop.get();
    });
  },

  'shop.update': (deps, patch, ctx) => {
    const { store, clock } = deps;
    return store.transaction(() => {
      const before = store.shop.get();
      const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      if (next.gstin) {
        const refusal = gstinRefusal(next.gstin);
        if (refusal) failWith('INVALID_INPUT', refusal);
        if (next.gstin.slice(0, 2) !== next.stateCode) fail('INVALID_INPUT', 'gst.gstinNotState');
      }
      const { id: _id, ...changes } = next;
      store.shop.update(changes);
      store.audit.append({
        at: clock.now().toISOString(),
        userId: ctx.user.id,
        action: 'shop.update',
        entity: 'shop',
        entityId: before.id,
        before,
        after: next,
      });
      return store.shop.get();
    });
  },
  ...shopBackupHandlers,
} satisfies AreaHandlers<'shop'>;
