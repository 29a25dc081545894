import { accountCodeFor, isSystemAccount, PARTY_ACCOUNTS, typeOfGroup } from '../../accounting/chart';
import { fail } from '../../i18n/fail';
import { today } from './common';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';

const IST_OFFSET_MS = 5.5 * 3_600_000;
/** The instant a shop's calendar day starts (India time), for filtering the audit log by date. */
export const dayStart = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - IST_OFFSET_MS).toISOString();
export const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function accountView(deps: ServiceDeps, code: string) {
  return found(
    deps.store.accounts.list(true).find((a) => a.code === code),
    'Account',
  );
}

export const chartHandlers = {
  'accounting.entry': (deps, p, ctx) => found(deps.store.journal.entry(p.id, ctx.lang), 'Journal entry'),

  'accounting.accounts': (deps, p) => deps.store.accounts.list(p.includeInactive),

  'accounting.addAccount': (deps, p, ctx) => {
    const { store, clock } = deps;
    if (p.group === 'debtors' || p.group === 'creditors') fail('INVALID_INPUT', 'accounting.partiesHaveTheirOwn');
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const all = store.accounts.list(true);
      if (all.some((a) => a.name.toLowerCase() === p.name.toLowerCase())) fail('DUPLICATE', 'accounting.accountNameTaken', { name: p.name });
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
      const before = found(store.accounts.get(p.code), 'Account');
      const system = isSystemAccount(p.code);
      if (system && p.group !== undefined && p.group !== before.group) fail('INVALID_INPUT', 'accounting.systemGroupFixed', { account: before.name });
      if (system && p.active === false) fail('INVALID_INPUT', 'accounting.systemAlwaysActive', { account: before.name });
      if (p.group === 'debtors' || p.group === 'creditors' || Object.hasOwn(PARTY_ACCOUNTS, p.code)) {
        if (p.group !== undefined && p.group !== before.group) fail('INVALID_INPUT', 'accounting.controlGroupsFixed');
      }
      if (p.name && store.accounts.list(true).some((a) => a.code !== p.code && a.name.toLowerCase() === p.name?.toLowerCase()))
        fail('DUPLICATE', 'accounting.accountNameTaken', { name: p.name });
      if (p.active === false && deps.store.journal.balance(p.code, null) !== 0) fail('INVALID_INPUT', 'accounting.retireWithBalance', { account: before.name });
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
    if (p.closedUpto && p.closedUpto >= today(deps)) fail('INVALID_INPUT', 'accounting.closeUpToYesterday');
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
