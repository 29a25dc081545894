import type { AuditRepo, OutboxRepo } from '../../app/core/services/ports';
import { auditLog, outbox } from '../schema';
import { json, once, placeholders, type RepoContext } from './context';

// Both are written by every action (a bill included): prepared once (see once()).
export function createAuditRepo({ orm }: RepoContext): AuditRepo {
  const insert = once(() => orm.insert(auditLog).values(placeholders('at', 'userId', 'action', 'entity', 'entityId', 'beforeJson', 'afterJson')).prepare());
  return {
    append: (r) => void insert().run({ at: r.at, userId: r.userId, action: r.action, entity: r.entity, entityId: r.entityId, beforeJson: json(r.before), afterJson: json(r.after) }),
  };
}

export function createOutboxRepo({ orm }: RepoContext): OutboxRepo {
  const insert = once(() => orm.insert(outbox).values(placeholders('id', 'at', 'topic', 'payload')).prepare());
  return {
    append: (r) => void insert().run({ id: r.id, at: r.at, topic: r.topic, payload: JSON.stringify(r.payload) }),
  };
}
