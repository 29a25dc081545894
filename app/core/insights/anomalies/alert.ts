import type { ALERT_TYPES } from '../../contract/areas/insights-report';
import type { Message } from '../types';

export type AlertType = (typeof ALERT_TYPES)[number];

/**
 * One thing the owner should look at. `id` is the same every time the job finds the same thing
 * (type, subject, day), so a dismissal with a note, stored against the id, stays dismissed when
 * the job runs again.
 */
export interface Alert {
  id: string;
  type: AlertType;
  /** the shop-calendar day (YYYY-MM-DD) the alert is about */
  day: string;
  subject: { kind: 'cashier' | 'product'; id: string; name: string };
  severity: 'watch' | 'act';
  message: Message;
  /** the figures behind the message, for the alert's detail view */
  evidence: Record<string, number | string>;
}

export interface Dismissal {
  alertId: string;
  note: string;
  by: string;
  at: number;
}

export const alertId = (type: AlertType, subjectId: string, day: string) => `${type}:${subjectId}:${day}`;

/** Alerts with their dismissal, if any: dismissed ones stay listed, with who said what. */
export function withDismissals(alerts: readonly Alert[], dismissals: readonly Dismissal[]): (Alert & { dismissal: Dismissal | null })[] {
  const byId = new Map(dismissals.map((d) => [d.alertId, d]));
  return alerts.map((a) => ({ ...a, dismissal: byId.get(a.id) ?? null }));
}
