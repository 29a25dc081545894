import { asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { deviceCodes, devices } from '../../schema';
import type { RepoContext } from '../context';
import type { DevicesRepo } from '../../../app/core/services/auth/ports';

export function createDevicesRepo({ orm }: RepoContext): DevicesRepo {
  const row = {
    id: devices.id,
    code: devices.code,
    name: devices.name,
    createdAt: devices.createdAt,
    lastUsedAt: devices.lastUsedAt,
    retiredAt: devices.retiredAt,
  };
  return {
    byClientId: (clientId) => orm.select(row).from(devices).where(eq(devices.clientId, clientId)).get(),
    get: (id) => orm.select(row).from(devices).where(eq(devices.id, id)).get(),
    list: () => orm.select(row).from(devices).orderBy(asc(devices.createdAt), asc(devices.code)).all(),
    codes: () =>
      orm
        .select({ code: devices.code })
        .from(devices)
        .all()
        .map((r) => r.code),
    countActive: () =>
      orm
        .select({ n: sql<number>`count(*)` })
        .from(devices)
        .where(isNull(devices.retiredAt))
        .get()?.n ?? 0,
    insert: (d) => void orm.insert(devices).values(d).run(),
    rename: (id, name) => void orm.update(devices).set({ name }).where(eq(devices.id, id)).run(),
    retire: (id, at) => void orm.update(devices).set({ retiredAt: at }).where(eq(devices.id, id)).run(),
    addCode: (c) => void orm.insert(deviceCodes).values(c).run(),
    takeCode: (codeHash, now) => {
      orm.delete(deviceCodes).where(lte(deviceCodes.expiresAt, now)).run();
      const found = orm.select({ name: deviceCodes.name, createdBy: deviceCodes.createdBy }).from(deviceCodes).where(eq(deviceCodes.codeHash, codeHash)).get();
      if (found) orm.delete(deviceCodes).where(eq(deviceCodes.codeHash, codeHash)).run();
      return found;
    },
  };
}
