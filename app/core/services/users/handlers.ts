import { fail } from '../../i18n/fail';
import type { AreaHandlers } from '../handler';

export const usersHandlers = {
  'users.add': (deps, p, ctx) => {
    const { store, ids, clock, secrets } = deps;
    const createdAt = clock.now().toISOString();
    const id = ids.newId('user');
    return store.transaction(() => {
      if (store.users.existsByName(p.name)) fail('DUPLICATE', 'users.nameTaken', { name: p.name });
      store.users.insert({ id, name: p.name, role: p.role, pinHash: secrets.hashPin(p.pin), createdAt });
      store.audit.append({
        at: createdAt,
        userId: ctx.user.id,
        action: 'users.add',
        entity: 'user',
        entityId: id,
        before: null,
        after: { name: p.name, role: p.role },
      });
      return { id, name: p.name, role: p.role };
    });
  },
} satisfies AreaHandlers<'users'>;
