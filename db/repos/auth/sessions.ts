import { and, eq, sql } from 'drizzle-orm';
import { devices, sessions, users } from '../../schema';
import { once, type RepoContext } from '../context';
import type { DevicesRepo, SessionsRepo } from '../../../app/core/services/auth/ports';

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
