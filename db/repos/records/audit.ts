import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gte, isNull, lt } from 'drizzle-orm';
import { auditRowText, GENESIS_HASH, legacyDigest, SEAL_ACTION, verifyChain, type AuditRow } from '../../../app/core/audit/chain';
import type { AuditRepo } from '../../../app/core/services/ports';
import { auditLog } from '../../schema';
import { json, once, placeholders, type RepoContext } from '../context';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const ROW = {
  id: auditLog.id,
  at: auditLog.at,
  userId: auditLog.userId,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  beforeJson: auditLog.beforeJson,
  afterJson: auditLog.afterJson,
};
const CHAINED = { ...ROW, prevHash: auditLog.prevHash, hash: auditLog.hash };

/**
 * The audit log as a hash chain (app/core/audit/chain.ts). Each append reads the last row inside
 * the caller's transaction, so two processes cannot fork the chain; a trigger refuses a row that
 * does not extend it. The first append on a file that has rows from before the chain writes the
 * seal row first.
 */
export function createAuditRepo({ orm, raw }: RepoContext): AuditRepo {
  // Every action appends a row: prepared once (see once()).
  const last = once(() => orm.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).prepare());
  const insert = once(() =>
    orm
      .insert(auditLog)
      .values(placeholders('id', 'at', 'userId', 'action', 'entity', 'entityId', 'beforeJson', 'afterJson', 'prevHash', 'hash'))
      .prepare(),
  );
  const chainRow = (row: AuditRow, prevHash: string) => insert().run({ ...row, prevHash, hash: sha256(auditRowText(row, prevHash)) });

  const append = (r: Parameters<AuditRepo['append']>[0]) => {
    let head = last().get();
    if (head && head.hash === null) {
      // Rows from before the chain: seal them all in one row whose record is their digest.
      const legacy = orm.select(ROW).from(auditLog).where(isNull(auditLog.hash)).orderBy(asc(auditLog.id)).all();
      const seal: AuditRow = {
        id: head.id + 1,
        at: r.at,
        userId: null,
        action: SEAL_ACTION,
        entity: 'audit_log',
        entityId: 'legacy',
        beforeJson: null,
        afterJson: JSON.stringify({ rows: legacy.length, digest: legacyDigest(legacy, sha256) }),
      };
      chainRow(seal, GENESIS_HASH);
      head = last().get();
    }
    const row: AuditRow = {
      id: (head?.id ?? 0) + 1,
      at: r.at,
      userId: r.userId,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      beforeJson: json(r.before),
      afterJson: json(r.after),
    };
    chainRow(row, head?.hash ?? GENESIS_HASH);
  };

  return {
    append: (r) => {
      if (raw.inTransaction) append(r);
      else raw.transaction(append).immediate(r);
    },
    head: () => last().get()?.hash ?? null,
    verify: () => verifyChain(orm.select(CHAINED).from(auditLog).orderBy(asc(auditLog.id)).all(), sha256),
    list: (f) =>
      orm
        .select(CHAINED)
        .from(auditLog)
        .where(
          and(
            f.from === null ? undefined : gte(auditLog.at, f.from),
            f.to === null ? undefined : lt(auditLog.at, f.to),
            f.entity === null ? undefined : eq(auditLog.entity, f.entity),
            f.entityId === null ? undefined : eq(auditLog.entityId, f.entityId),
          ),
        )
        .orderBy(desc(auditLog.id))
        .limit(f.limit)
        .all(),
  };
}
