import { AppError } from '../../contract/errors';
import { gstinProblem } from '../../gst/index';
import type { AreaHandlers } from '../handler';

export const shopHandlers = {
  'shop.get': (deps) => deps.store.shop.get(),

  'shop.update': (deps, patch, ctx) => {
    const { store, clock } = deps;
    return store.transaction(() => {
      const before = store.shop.get();
      const next = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      if (next.gstin) {
        const problem = gstinProblem(next.gstin);
        if (problem) throw new AppError('INVALID_INPUT', `GSTIN ${next.gstin} is not valid (${problem})`);
        if (next.gstin.slice(0, 2) !== next.stateCode) throw new AppError('INVALID_INPUT', 'The GSTIN’s first two digits must be the shop’s state code');
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
} satisfies AreaHandlers<'shop'>;
