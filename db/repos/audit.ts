import type { AuditRepo, OutboxRepo } from '../../app/core/services/ports';
import { auditLog, outbox } from '../schema';
import { json, type RepoContext } from './context';

export function createAuditRepo({ orm }: RepoContext): AuditRepo {
  return {
    append: (r) =>
      void orm.insert(auditLog).values({ at: r.at, userId: r.userId, action: r.action, entity: r.entity, entityId: r.entityId, beforeJson: json(r.before), afterJson: json(r.after) }).run(),
  };
}

export function createOutboxRepo({ orm }: RepoContext): OutboxRepo {
  return {
    append: (r) => void orm.insert(outbox).values({ id: r.id, at: r.at, topic: r.topic, payload: JSON.stringify(r.payload) }).run(),
  };
}
