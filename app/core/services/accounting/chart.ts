import { accountCodeFor, isSystemAccount, PARTY_ACCOUNTS, typeOfGroup } from '../../accounting/chart';
import { AppError } from '../../contract/errors';
import { today } from './common';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';

const IST_OFFSET_MS = 5.5 * 3_600_000;
/** The instant a shop's calendar day starts (India time), for filtering the audit log by date. */
const dayStart = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - IST_OFFSET_MS).toISOString();
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function accountView(deps: ServiceDeps, code: string) {
  return found(
    deps.store.accounts.list(true).find((a) => a.code === code),
    `Account ${code}`,
  );
}

export const chartHandlers = {
  'accounting.entry': (deps, p) => found(deps.store.journal.entry(p.id), 'Journal entry'),

  'accounting.accounts': (deps, p) => deps.store.accounts.list(p.includeInactive),

  'accounting.addAccount': (deps, p, ctx) => {
    const { store, clock } = deps;
    if (p.group === 'debtors' || p.group === 'creditors')
      throw new AppError('INVALID_INPUT', 'Customers and suppliers are kept under the khata and creditors accounts; add the customer or supplier instead');
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const all = store.accounts.list(true);
      if (all.some((a) => a.name.toLowerCase() === p.name.toLowerCase())) throw new AppError('DUPLICATE', `An account named ${p.name} already exists`);
      const code = accountCodeFor(p.name, new Set(all.map((a) => a.code)));
      store.accounts.insert({ code, name: p.name, type: typeOfGroup(p.group), group: p.group, createdAt: at });
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'accounting.addAccount',
        entity: 'account',
        entityId: code,
        before: null,
        after: { name: p.name, group: p.group },
      });
      return accountView(deps, code);
    });
  },

  'accounting.updateAccount': (deps, p, ctx) => {
    const { store, clock } = deps;
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const before = found(store.accounts.get(p.code), `Account ${p.code}`);
      const system = isSystemAccount(p.code);
      if (system && p.group !== undefined && p.group !== before.group)
        throw new AppError('INVALID_INPUT', `${before.name} is a system account: its group stays ${before.group}`);
      if (system && p.active === false) throw new AppError('INVALID_INPUT', `${before.name} is a system account the app posts to; it cannot be retired`);
      if (p.group === 'debtors' || p.group === 'creditors' || Object.hasOwn(PARTY_ACCOUNTS, p.code)) {
        if (p.group !== undefined && p.group !== before.group)
          throw new AppError('INVALID_INPUT', 'Only the khata and creditors control accounts hold customers and suppliers');
      }
      if (p.name && store.accounts.list(true).some((a) => a.code !== p.code && a.name.toLowerCase() === p.name?.toLowerCase()))
        throw new AppError('DUPLICATE', `An account named ${p.name} already exists`);
      if (p.active === false && deps.store.journal.balance(p.code, null) !== 0)
        throw new AppError('INVALID_INPUT', `${before.name} still has a balance; move it to another account before retiring it`);
      const patch = {
        ...(p.name ? { name: p.name } : {}),
        ...(p.group ? { group: p.group, type: typeOfGroup(p.group) } : {}),
        ...(p.active !== undefined ? { active: p.active } : {}),
      };
      store.accounts.update(p.code, patch);
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'accounting.updateAccount',
        entity: 'account',
        entityId: p.code,
        before,
        after: { ...before, ...patch },
      });
      return accountView(deps, p.code);
    });
  },

  'accounting.settings': (deps) => deps.store.accountingSettings.get(),

  'accounting.updateSettings': (deps, p, ctx) => {
    const { store, clock } = deps;
    const at = clock.now().toISOString();
    if (p.closedUpto && p.closedUpto >= today(deps))
      throw new AppError('INVALID_INPUT', 'Close the books only up to yesterday or earlier: today is still being billed');
    return store.transaction(() => {
      const before = store.accountingSettings.get();
      const next = { ...before, ...Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) };
      store.accountingSettings.update(next, at);
      store.audit.append({ at, userId: ctx.user.id, action: 'accounting.updateSettings', entity: 'books_settings', entityId: '1', before, after: next });
      return store.accountingSettings.get();
    });
  },

  'accounting.auditLog': (deps, p) =>
    deps.store.audit.list({
      from: p.from ? dayStart(p.from) : null,
      to: p.to ? dayStart(nextDay(p.to)) : null,
      entity: p.entity ?? null,
      entityId: p.entityId ?? null,
      limit: p.limit,
    }),

  'accounting.verifyAudit': (deps) => deps.store.audit.verify(),
} satisfies Partial<AreaHandlers<'accounting'>>;
