/**
 * The audit log is a hash chain that cannot be edited or deleted, so it must never hold what
 * identifies a customer or a supplier's proprietor: their phone, address and GSTIN (a
 * proprietor's GSTIN carries their PAN). The log keeps which of these changed, by field name,
 * and a masked value that lets the owner recognise the record without revealing it.
 */
export const PERSONAL_FIELDS = ['phone', 'address', 'gstin'] as const;
type PersonalField = (typeof PERSONAL_FIELDS)[number];

const DOT = '•';

/** Phone: the last two digits; GSTIN: its state code and last three characters; address: nothing. */
export function maskPersonal(field: PersonalField, value: string | null): string | null {
  if (value === null || value === '') return value;
  switch (field) {
    case 'phone':
      return DOT.repeat(Math.max(value.length - 2, 0)) + value.slice(-2);
    case 'gstin':
      return value.length < 6 ? DOT.repeat(value.length) : value.slice(0, 2) + DOT.repeat(value.length - 5) + value.slice(-3);
    case 'address':
      return DOT.repeat(3);
  }
}

const isPersonal = (key: string): key is PersonalField => (PERSONAL_FIELDS as readonly string[]).includes(key);

/** The record as the audit log may keep it: every personal field masked, the rest as it is. */
export function forAudit(record: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, isPersonal(key) && (typeof value === 'string' || value === null) ? maskPersonal(key, value) : value]),
  );
}

/** The personal fields whose values differ between two versions of a record, by name. */
export function personalChanges(before: object, after: object): PersonalField[] {
  const was = new Map(Object.entries(before));
  const is = new Map(Object.entries(after));
  return PERSONAL_FIELDS.filter((field) => (was.get(field) ?? null) !== (is.get(field) ?? null));
}
