import type { CommandOutcome } from '../../core/contract/sync-documents';
import type { AppliedCommand } from '../../core/services/sync/ports';

/** A command's id as a device wrote it, if it is one. */
export const idOf = (raw: unknown): string | null => {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : null;
};

/** What a posting became: its number (a bill, a voucher) or its id. */
export function referenceOf(result: unknown): string | null {
  const r = result as { number?: unknown; voucher?: { number?: unknown }; id?: unknown } | null;
  const value = r?.number ?? r?.voucher?.number ?? r?.id;
  return typeof value === 'string' ? value : null;
}

/** What the device is told about a recorded command. */
export const outcomeOf = (row: AppliedCommand): CommandOutcome => ({
  commandId: row.commandId,
  deviceId: row.deviceId,
  status: row.status,
  appliedAt: row.appliedAt,
  reference: row.reference,
  message: row.messageEn !== null && row.messageHi !== null ? { en: row.messageEn, hi: row.messageHi } : null,
  flagged: row.flagged,
});
