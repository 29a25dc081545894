import type { z } from 'zod';
import type { UserSummary } from '../../contract';
import type { Role } from '../../contract/vocabulary';

/** The repositories this area owns in the Store (db/repos/users). */
export interface UsersStore {
  users: UsersRepo;
}

export interface UserAuth extends z.output<typeof UserSummary> {
  pinHash: string;
  failedAttempts: number;
  lockedUntil: string | null;
}

export interface UsersRepo {
  listActive(): Array<z.output<typeof UserSummary>>;
  getAuth(id: string): UserAuth | undefined;
  recordFailure(id: string, failedAttempts: number, lockedUntil: string | null): void;
  resetFailures(id: string): void;
  insert(user: { id: string; name: string; role: Role; pinHash: string; createdAt: string }): void;
  existsByName(name: string): boolean;
}
