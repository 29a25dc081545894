import { asc, count, gte, max, sql } from 'drizzle-orm';
import type { SyncStore } from '../../../app/core/services/sync/ports';
import { syncCloud, syncCommands } from '../../schema';
import type { RepoContext } from '../context';

export function createSyncStore({ orm }: RepoContext): SyncStore {
  return {
    syncCommands: {
      get: (commandId) =>
        orm
          .select()
          .from(syncCommands)
          .where(sql`${syncCommands.commandId} = ${commandId}`)
          .get(),
      record: (outcome) => orm.insert(syncCommands).values(outcome).onConflictDoNothing().run().changes === 1,
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
