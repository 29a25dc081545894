/** Dates are shown DD-MM-YYYY; they are stored as ISO YYYY-MM-DD strings. */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : isoDate;
}

/** DD-MM-YYYY HH:mm in the shop's time zone, for receipts and lists. */
export function formatDateTime(instant: string | Date, timeZone = 'Asia/Kolkata'): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}-${get('month')}-${get('year')} ${get('hour')}:${get('minute')}`;
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** HH:mm (24-hour) in the shop's time zone, whatever zone the screen's machine is set to. */
export function formatTime(instant: string | Date | number, timeZone = 'Asia/Kolkata'): string {
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false });
    timeFormatters.set(timeZone, f);
  }
  return f.format(typeof instant === 'string' ? new Date(instant) : instant);
}
