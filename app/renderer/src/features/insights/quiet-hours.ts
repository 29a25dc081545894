/** Quiet hours are this device's own setting (the owner's phone and the shop PC differ), kept in the browser. */
export interface QuietHours {
  from: string;
  to: string;
}

const KEY = 'sk.quietHours';
export const DEFAULT_QUIET: QuietHours = { from: '22:00', to: '07:00' };
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function loadQuiet(): QuietHours {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (
      raw &&
      typeof raw === 'object' &&
      'from' in raw &&
      'to' in raw &&
      typeof raw.from === 'string' &&
      typeof raw.to === 'string' &&
      TIME.test(raw.from) &&
      TIME.test(raw.to)
    )
      return { from: raw.from, to: raw.to };
  } catch {
    // a damaged setting falls back to the default
  }
  return DEFAULT_QUIET;
}

export function saveQuiet(q: QuietHours): void {
  if (TIME.test(q.from) && TIME.test(q.to)) localStorage.setItem(KEY, JSON.stringify(q));
}

/** Whether `now` (HH:MM) falls in the quiet hours; a range past midnight wraps. */
export function isQuiet(q: QuietHours, now: string): boolean {
  if (q.from === q.to) return false;
  return q.from < q.to ? now >= q.from && now < q.to : now >= q.from || now < q.to;
}
