import type { z } from 'zod';
import type { NotificationView } from '../../contract/areas/insights-notify';
import type { Lang } from '../../contract/vocabulary';
import { formatInr } from '../../format';
import { isoOfDay, dayOfIso, renderMessage } from '../../insights';
import { today } from '../accounting/common';
import { ageingReport } from '../khata/handlers';
import { sayIn } from '../../i18n/fail';
import type { ServiceDeps } from '../ports';
import { runoutNotices, webOrderNotices } from './notify-more';

type Notice = z.output<typeof NotificationView>;

const few = (names: readonly string[]) => names.slice(0, 3).join(', ') + (names.length > 3 ? ' …' : '');

/**
 * What needs the owner today, gathered from where each thing lives: low stock and lots near expiry
 * (inventory), old khata dues (the books), anomaly alerts not yet dismissed (the insights job's last
 * report), the backups' health (the host), web orders waiting to be accepted and the stored
 * forecasts' run-outs (notify-more.ts). Each comes with the screen that deals with it and a WhatsApp text.
 */
export function notifications(deps: ServiceDeps, lang: Lang): { notifications: Notice[] } {
  const t = sayIn(lang);
  const out: Notice[] = [];
  const date = today(deps);
  const low = deps.store.stock.lowStock();
  if (low.length > 0)
    out.push({
      id: `low_stock:${date}:${low.length}`,
      kind: 'low_stock',
      severity: 'watch',
      path: '/inventory',
      text: t('insights.notice.lowStock', { count: low.length, names: few(low.map((l) => l.name)) }),
    });
  const expiring = deps.store.stock.expiring(isoOfDay(dayOfIso(date) + 30));
  if (expiring.length > 0)
    out.push({
      id: `expiring:${date}:${expiring.length}`,
      kind: 'expiring',
      severity: expiring.some((l) => l.expiryDate !== null && l.expiryDate <= isoOfDay(dayOfIso(date) + 7)) ? 'act' : 'watch',
      path: '/inventory',
      text: t('insights.notice.expiring', { count: expiring.length, names: few([...new Set(expiring.map((l) => l.productName))]) }),
    });
  const overdue = ageingReport(deps, 'customer', date).rows.filter((r) => r.d61_90 + r.d90_plus > 0);
  if (overdue.length > 0) {
    const amount = overdue.reduce((s, r) => s + r.d61_90 + r.d90_plus, 0);
    out.push({
      id: `khata_dues:${date}:${overdue.length}`,
      kind: 'khata_dues',
      severity: 'watch',
      path: '/khata',
      text: t('insights.notice.dues', { count: overdue.length, amount: formatInr(amount), names: few(overdue.map((r) => r.name)) }),
    });
  }
  const backup = deps.backups?.alert();
  if (backup && !backup.ok)
    out.push({
      id: `backup:${backup.newestAt ?? 'none'}${backup.problems.some((p) => p.kind === 'diskFull') ? ':full' : ''}`,
      kind: 'backup',
      severity: 'act',
      path: '/settings/shop',
      text: backup.problems.some((p) => p.kind === 'diskFull')
        ? t('insights.notice.diskFull')
        : backup.newestAt
          ? t('insights.notice.backup', { when: backup.newestAt.slice(0, 10).split('-').reverse().join('-') })
          : t('insights.notice.backupNone'),
    });
  const report = deps.insightsJobs?.last()?.report;
  if (report) {
    const dismissed = new Set(deps.store.insights.dismissals().map((d) => d.alertId));
    for (const a of report.alerts)
      if (!dismissed.has(a.id))
        out.push({ id: `alert:${a.id}`, kind: 'anomaly', severity: a.severity, path: '/insights', text: renderMessage(a.message, lang, { today: date }) });
  }
  out.push(...webOrderNotices(deps, lang), ...runoutNotices(deps, lang, date));
  out.sort((a, b) => Number(b.severity === 'act') - Number(a.severity === 'act'));
  return { notifications: out };
}
