/**
 * The audit log is a hash chain: every row's hash covers its own fields and the hash of the row
 * before it, so changing, removing or reordering any row breaks every hash after it. The hash
 * function is handed in (SHA-256 in the host); this file is the one definition of what a row's
 * hash covers and how a chain is checked.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** The action of the row that seals the rows written before the chain existed (see db/migrations/0003). */
export const SEAL_ACTION = 'audit.seal';

export interface AuditRow {
  id: number;
  at: string;
  userId: string | null;
  action: string;
  entity: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export interface ChainedAuditRow extends AuditRow {
  prevHash: string | null;
  hash: string | null;
}

export type Hash = (text: string) => string;

/** Exactly what a row's hash covers, in a fixed order. */
export function auditRowText(row: AuditRow, prevHash: string): string {
  return JSON.stringify([row.id, row.at, row.userId, row.action, row.entity, row.entityId, row.beforeJson, row.afterJson, prevHash]);
}

/** A digest of the rows written before the chain: each row's text folded into the one before. */
export function legacyDigest(rows: readonly AuditRow[], hash: Hash): string {
  return rows.reduce((acc, row) => hash(auditRowText(row, acc)), GENESIS_HASH);
}

export interface ChainCheck {
  ok: boolean;
  rows: number;
  /** rows written before the chain existed and sealed by the seal row */
  sealedRows: number;
  /** the first row that does not hold, or null */
  brokenAt: number | null;
  problem: string | null;
  /** the last row's hash: printed on the day's register close, so a cut-off tail shows too */
  headHash: string | null;
}

/** Walks the log in id order and says whether every row still holds. */
export function verifyChain(rows: readonly ChainedAuditRow[], hash: Hash): ChainCheck {
  const legacy: AuditRow[] = [];
  let prev = GENESIS_HASH;
  let chained = false;
  const broken = (row: ChainedAuditRow, problem: string): ChainCheck => ({
    ok: false,
    rows: rows.length,
    sealedRows: legacy.length,
    brokenAt: row.id,
    problem,
    headHash: null,
  });
  for (const [i, row] of rows.entries()) {
    if (i > 0 && row.id !== (rows[i - 1]?.id ?? 0) + 1) return broken(row, `row ${row.id} follows row ${rows[i - 1]?.id}: rows are missing`);
    if (row.hash === null) {
      if (chained) return broken(row, `row ${row.id} has no hash`);
      legacy.push(row);
      continue;
    }
    if (!chained && legacy.length > 0) {
      const sealed = row.action === SEAL_ACTION ? (JSON.parse(row.afterJson ?? '{}') as { digest?: string; rows?: number }) : {};
      if (sealed.digest !== legacyDigest(legacy, hash) || sealed.rows !== legacy.length)
        return broken(row, 'the rows written before the chain no longer match their seal');
    }
    chained = true;
    if (row.prevHash !== prev) return broken(row, `row ${row.id} does not follow the row before it`);
    if (hash(auditRowText(row, prev)) !== row.hash) return broken(row, `row ${row.id} was changed after it was written`);
    prev = row.hash;
  }
  return { ok: true, rows: rows.length, sealedRows: legacy.length, brokenAt: null, problem: null, headHash: chained ? prev : null };
}
