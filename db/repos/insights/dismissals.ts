import { asc } from 'drizzle-orm';
import type { Dismissal } from '../../../app/core/insights';
import { insightDismissals } from '../../schema';
import type { RepoContext } from '../context';

/** The owner's notes on alerts, by the alert's stable id; a second note on the same alert replaces the first. */
export function createDismissals({ orm }: RepoContext) {
  return {
    dismissals: (): Dismissal[] =>
      orm
        .select()
        .from(insightDismissals)
        .orderBy(asc(insightDismissals.dismissedAt))
        .all()
        .map((d) => ({ alertId: d.alertId, note: d.note, by: d.dismissedBy, at: Date.parse(d.dismissedAt) })),
    dismiss: (d: { alertId: string; note: string; by: string; at: string }): void => {
      const row = { alertId: d.alertId, note: d.note, dismissedBy: d.by, dismissedAt: d.at };
      orm
        .insert(insightDismissals)
        .values(row)
        .onConflictDoUpdate({ target: insightDismissals.alertId, set: { note: row.note, dismissedBy: row.dismissedBy, dismissedAt: row.dismissedAt } })
        .run();
    },
  };
}
