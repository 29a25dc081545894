import { IST_OFFSET_MINUTES, dayNumber, hourOf, isoOfDay } from '../ist';
import { NO_PAUSE, pacer, type Pause } from '../pace';
import type { BillRecord, NamedRef } from '../types';
import { alertId, type Alert } from './alert';

/**
 * Bills in hours the shop almost never bills in (under 0.1% of its bills), grouped per cashier
 * and day. The shop's hours are learnt from its own bills, so a shop open till midnight is not
 * flagged at 23:30; with under two weeks or 500 bills of history nothing is said.
 */
export interface OddHoursRuleOptions {
  maxShareBp: number;
  minBills: number;
  minDays: number;
}

export const ODD_HOURS_RULE: OddHoursRuleOptions = { maxShareBp: 10, minBills: 500, minDays: 14 };

const clock = (at: number) => {
  const minutes = Math.floor((at + IST_OFFSET_MINUTES * 60_000) / 60_000) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};
const hh = (hour: number) => `${String(hour % 24).padStart(2, '0')}:00`;

export function usualHours(
  bills: readonly BillRecord[],
  rule: OddHoursRuleOptions = ODD_HOURS_RULE,
  tick: () => void = NO_PAUSE,
): { usual: boolean[]; open: number; close: number } | null {
  const perHour = new Array<number>(24).fill(0);
  const days = new Set<number>();
  for (const b of bills) {
    tick();
    perHour[hourOf(b.at)] = (perHour[hourOf(b.at)] ?? 0) + 1;
    days.add(dayNumber(b.at));
  }
  if (bills.length < rule.minBills || days.size < rule.minDays) return null;
  const usual = perHour.map((n) => n * 10_000 >= rule.maxShareBp * bills.length);
  const open = usual.indexOf(true);
  const close = usual.lastIndexOf(true) + 1;
  return { usual, open: Math.max(0, open), close };
}

export function oddHourAlerts(
  bills: readonly BillRecord[],
  names: ReadonlyMap<string, NamedRef>,
  fromDay: number,
  toDay: number,
  rule: OddHoursRuleOptions = ODD_HOURS_RULE,
  pause?: Pause,
): Alert[] {
  const tick = pacer(pause, 2048);
  const hours = usualHours(bills, rule, tick);
  if (!hours) return [];
  const groups = new Map<string, BillRecord[]>();
  for (const b of bills) {
    tick();
    if (hours.usual[hourOf(b.at)]) continue;
    const day = dayNumber(b.at);
    if (day < fromDay || day > toDay) continue;
    const key = `${b.cashierId}|${day}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(b);
  }
  const alerts: Alert[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.at - b.at);
    const firstBill = list[0];
    const lastBill = list[list.length - 1];
    if (!firstBill || !lastBill) continue;
    const iso = isoOfDay(dayNumber(firstBill.at));
    const name = names.get(firstBill.cashierId)?.name ?? firstBill.cashierId;
    const totalPaise = list.reduce((s, b) => s + b.totalPaise, 0);
    alerts.push({
      id: alertId('odd_hours', firstBill.cashierId, iso),
      type: 'odd_hours',
      day: iso,
      subject: { kind: 'cashier', id: firstBill.cashierId, name },
      severity: list.some((b) => b.cancelled) || list.length >= 3 ? 'act' : 'watch',
      message: {
        key: 'insights.alert.odd_hours',
        params: { name, count: list.length, date: iso, from: clock(firstBill.at), to: clock(lastBill.at), open: hh(hours.open), close: hh(hours.close) },
      },
      evidence: { bills: list.length, totalPaise, billIds: list.map((b) => b.id).join(',') },
    });
  }
  return alerts;
}
