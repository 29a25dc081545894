import { createHash } from 'node:crypto';
import { auditRowText, GENESIS_HASH, legacyDigest, SEAL_ACTION, verifyChain, type AuditRow, type ChainedAuditRow } from '../../../app/core/audit/chain';
import type { AuditRepo } from '../../../app/core/services/ports';
import { json, once, type RepoContext } from '../context';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const COLUMNS = 'id, at, user_id AS userId, action, entity, entity_id AS entityId, before_json AS beforeJson, after_json AS afterJson';

/**
 * The audit log as a hash chain (app/core/audit/chain.ts). Each append reads the last row inside
 * the caller's transaction, so two processes cannot fork the chain; a trigger refuses a row that
 * does not extend it. The first append on a file that has rows from before the chain writes the
 * seal row first.
 */
export function createAuditRepo({ raw }: RepoContext): AuditRepo {
  const last = once(() => raw.prepare<[], { id: number; hash: string | null }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1'));
  const insert = once(() =>
    raw.prepare(
      'INSERT INTO audit_log (id, at, user_id, action, entity, entity_id, before_json, after_json, prev_hash, hash) VALUES (@id, @at, @userId, @action, @entity, @entityId, @beforeJson, @afterJson, @prevHash, @hash)',
    ),
  );
  const chainRow = (row: AuditRow, prevHash: string) => insert().run({ ...row, prevHash, hash: sha256(auditRowText(row, prevHash)) });

  const append = (r: Parameters<AuditRepo['append']>[0]) => {
    let head = last().get();
    if (head && head.hash === null) {
      // Rows from before the chain: seal them all in one row whose record is their digest.
      const legacy = raw.prepare<[], AuditRow>(`SELECT ${COLUMNS} FROM audit_log WHERE hash IS NULL ORDER BY id`).all();
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
    verify: () => verifyChain(raw.prepare<[], ChainedAuditRow>(`SELECT ${COLUMNS}, prev_hash AS prevHash, hash FROM audit_log ORDER BY id`).all(), sha256),
    list: (f) =>
      raw
        .prepare<unknown[], ChainedAuditRow>(
          `SELECT ${COLUMNS}, prev_hash AS prevHash, hash FROM audit_log
           WHERE (@from IS NULL OR at >= @from) AND (@to IS NULL OR at < @to) AND (@entity IS NULL OR entity = @entity) AND (@entityId IS NULL OR entity_id = @entityId)
           ORDER BY id DESC LIMIT @limit`,
        )
        .all({ from: f.from, to: f.to, entity: f.entity, entityId: f.entityId, limit: f.limit }),
  };
}
