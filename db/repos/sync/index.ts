import { asc, count, eq, gte, max, sql } from 'drizzle-orm';
import type { SyncStore } from '../../../app/core/services/sync/ports';
import { syncCloud, syncCommands } from '../../schema';
import { once, placeholders, type RepoContext } from '../context';

export function createSyncStore({ orm }: RepoContext): SyncStore {
  // Both run once per device command (looked up when it arrives, recorded when applied): prepared once.
  const byId = once(() =>
    orm
      .select()
      .from(syncCommands)
      .where(eq(syncCommands.commandId, sql.placeholder('commandId')))
      .prepare(),
  );
  const insert = once(() =>
    orm
      .insert(syncCommands)
      .values(placeholders('commandId', 'deviceId', 'method', 'userId', 'status', 'reference', 'messageEn', 'messageHi', 'flagged', 'queuedAt', 'appliedAt'))
      .onConflictDoNothing()
      .prepare(),
  );
  return {
    syncCommands: {
      get: (commandId) => byId().get({ commandId }),
      record: (outcome) => insert().run({ ...outcome }).changes === 1,
      since: (appliedAt) => orm.select().from(syncCommands).where(gte(syncCommands.appliedAt, appliedAt)).orderBy(asc(syncCommands.appliedAt)).all(),
      perDevice: () =>
        orm
          .select({
            deviceId: syncCommands.deviceId,
            commands: count(),
            refused: sql<number>`sum(${syncCommands.status} = 'refused')`.mapWith(Number),
            lastAt: sql<string>`${max(syncCommands.appliedAt)}`,
          })
          .from(syncCommands)
          .groupBy(syncCommands.deviceId)
          .all(),
    },
    syncCloud: {
      get: () =>
        orm
          .select()
          .from(syncCloud)
          .where(sql`${syncCloud.id} = 1`)
          .get(),
      set: (setting) => {
        if (!setting) return void orm.delete(syncCloud).run();
        const row = { id: 1, ...setting };
        orm.insert(syncCloud).values(row).onConflictDoUpdate({ target: syncCloud.id, set: setting }).run();
      },
    },
  };
}
