import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { users } from '../../schema';
import type { RepoContext } from '../context';
import type { UsersRepo } from '../../../app/core/services/users/ports';

export function createUsersRepo({ orm }: RepoContext): UsersRepo {
  const row = {
    id: users.id,
    name: users.name,
    role: users.role,
    active: users.active,
    lockedUntil: users.lockedUntil,
    lockouts: users.lockouts,
    createdAt: users.createdAt,
  };
  const set = (id: string, values: Partial<typeof users.$inferInsert>) => void orm.update(users).set(values).where(eq(users.id, id)).run();
  return {
    listActive: () => orm.select({ id: users.id, name: users.name, role: users.role }).from(users).where(eq(users.active, true)).orderBy(users.createdAt).all(),
    listAll: () => orm.select(row).from(users).orderBy(asc(users.createdAt), asc(users.name)).all(),
    get: (id) => orm.select(row).from(users).where(eq(users.id, id)).get(),
    getAuth: (id) =>
      orm
        .select({
          id: users.id,
          name: users.name,
          role: users.role,
          pinHash: users.pinHash,
          failedAttempts: users.failedAttempts,
          lockedUntil: users.lockedUntil,
          lockouts: users.lockouts,
        })
        .from(users)
        .where(and(eq(users.id, id), eq(users.active, true)))
        .get(),
    recordFailure: (id, state) => set(id, state),
    resetFailures: (id) => set(id, { failedAttempts: 0, lockedUntil: null, lockouts: 0 }),
    setPinHash: (id, pinHash) => set(id, { pinHash }),
    rename: (id, name) => set(id, { name }),
    setRole: (id, role) => set(id, { role }),
    setActive: (id, active) => set(id, { active }),
    countActiveOwners: () =>
      orm
        .select({ n: sql<number>`count(*)` })
        .from(users)
        .where(and(eq(users.active, true), eq(users.role, 'owner')))
        .get()?.n ?? 0,
    insert: (u) =>
      void orm
        .insert(users)
        .values({ ...u, active: true, failedAttempts: 0, lockouts: 0 })
        .run(),
    existsByName: (name, exceptId) =>
      orm
        .select({ id: users.id })
        .from(users)
        .where(and(sql`${users.name} = ${name} COLLATE NOCASE`, exceptId === undefined ? undefined : ne(users.id, exceptId)))
        .get() !== undefined,
  };
}
