import { and, eq, sql } from 'drizzle-orm';
import { devices, sessions, users } from '../schema';
import { once, type RepoContext } from './context';
import type { DevicesRepo } from '../../app/core/services/auth/ports';
import type { SessionsRepo } from '../../app/core/services/auth/ports';
import type { UsersRepo } from '../../app/core/services/users/ports';

export function createUsersRepo({ orm }: RepoContext): UsersRepo {
  return {
    listActive: () => orm.select({ id: users.id, name: users.name, role: users.role }).from(users).where(eq(users.active, true)).orderBy(users.createdAt).all(),
    getAuth: (id) =>
      orm
        .select({
          id: users.id,
          name: users.name,
          role: users.role,
          pinHash: users.pinHash,
          failedAttempts: users.failedAttempts,
          lockedUntil: users.lockedUntil,
        })
        .from(users)
        .where(and(eq(users.id, id), eq(users.active, true)))
        .get(),
    recordFailure: (id, failedAttempts, lockedUntil) => void orm.update(users).set({ failedAttempts, lockedUntil }).where(eq(users.id, id)).run(),
    resetFailures: (id) => void orm.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, id)).run(),
    insert: (u) =>
      void orm
        .insert(users)
        .values({ ...u, active: true, failedAttempts: 0 })
        .run(),
    existsByName: (name) =>
      orm
        .select({ id: users.id })
        .from(users)
        .where(sql`${users.name} = ${name} COLLATE NOCASE`)
        .get() !== undefined,
  };
}

export function createSessionsRepo({ orm }: RepoContext): SessionsRepo {
  // Every API call but login resolves its session: prepared once (see once()).
  const byToken = once(() =>
    orm
      .select({ userId: users.id, userName: users.name, role: users.role, deviceId: devices.id, deviceCode: devices.code, deviceName: devices.name })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .innerJoin(devices, eq(devices.id, sessions.deviceId))
      .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), eq(users.active, true)))
      .prepare(),
  );
  return {
    insert: (s) => void orm.insert(sessions).values(s).run(),
    find: (tokenHash) => byToken().get({ tokenHash }),
    remove: (tokenHash) => void orm.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run(),
  };
}

export function createDevicesRepo({ orm }: RepoContext): DevicesRepo {
  return {
    byClientId: (clientId) => orm.select({ id: devices.id, code: devices.code, name: devices.name }).from(devices).where(eq(devices.clientId, clientId)).get(),
    codes: () =>
      orm
        .select({ code: devices.code })
        .from(devices)
        .all()
        .map((r) => r.code),
    insert: (d) => void orm.insert(devices).values(d).run(),
  };
}
