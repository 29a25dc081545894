import { and, eq, sql } from 'drizzle-orm';
import { users } from '../../schema';
import type { RepoContext } from '../context';
import type { UsersRepo } from '../../../app/core/services/users/ports';

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
