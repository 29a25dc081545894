import type { OutboxRepo } from '../../../app/core/services/ports';
import { outbox } from '../../schema';
import { once, placeholders, type RepoContext } from '../context';

export function createOutboxRepo({ orm }: RepoContext): OutboxRepo {
  const insert = once(() =>
    orm
      .insert(outbox)
      .values(placeholders('id', 'at', 'topic', 'payload'))
      .prepare(),
  );
  return {
    append: (r) => void insert().run({ id: r.id, at: r.at, topic: r.topic, payload: JSON.stringify(r.payload) }),
  };
}
