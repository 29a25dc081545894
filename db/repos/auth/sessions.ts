import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { devices, sessions, users } from '../../schema';
import { once, type RepoContext } from '../context';
import type { SessionsRepo } from '../../../app/core/services/auth/ports';

export function createSessionsRepo({ orm }: RepoContext): SessionsRepo {
  const columns = {
    id: sessions.id,
    tokenHash: sessions.tokenHash,
    userId: users.id,
    userName: users.name,
    role: users.role,
    deviceId: devices.id,
    deviceCode: devices.code,
    deviceName: devices.name,
    createdAt: sessions.createdAt,
    lastSeenAt: sessions.lastSeenAt,
  };
  const live = and(eq(users.active, true), isNull(devices.retiredAt));
  const joined = () => orm.select(columns).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).innerJoin(devices, eq(devices.id, sessions.deviceId));
  // Every API call but login resolves its session: prepared once (see once()).
  const byToken = once(() =>
    joined()
      .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), live))
      .prepare(),
  );
  return {
    insert: (s) =>
      void orm
        .insert(sessions)
        .values({ ...s, lastSeenAt: s.createdAt })
        .run(),
    find: (tokenHash) => byToken().get({ tokenHash }),
    list: () => joined().where(live).orderBy(desc(sessions.createdAt)).all(),
    touch: ({ id, deviceId, at }) => {
      orm.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id)).run();
      orm.update(devices).set({ lastUsedAt: at }).where(eq(devices.id, deviceId)).run();
    },
    remove: (tokenHash) => void orm.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run(),
    removeById: (id) => orm.delete(sessions).where(eq(sessions.id, id)).run().changes > 0,
    removeForUser: (userId, keep) =>
      orm
        .delete(sessions)
        .where(keep === undefined ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.tokenHash, keep)))
        .run().changes,
    removeForDevice: (deviceId) => orm.delete(sessions).where(eq(sessions.deviceId, deviceId)).run().changes,
  };
}
