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
  lockouts: number;
}

export interface UserRow extends z.output<typeof UserSummary> {
  active: boolean;
  lockedUntil: string | null;
  lockouts: number;
  createdAt: string;
}

export interface UsersRepo {
  listActive(): Array<z.output<typeof UserSummary>>;
  /** every user, the deactivated ones too, oldest first */
  listAll(): UserRow[];
  get(id: string): UserRow | undefined;
  /** an active user's PIN and lockout state */
  getAuth(id: string): UserAuth | undefined;
  recordFailure(id: string, state: { failedAttempts: number; lockouts: number; lockedUntil: string | null }): void;
  /** a right PIN, the owner or the recovery code: no failures, no lockout, the count of lockouts cleared */
  resetFailures(id: string): void;
  setPinHash(id: string, pinHash: string): void;
  rename(id: string, name: string): void;
  setRole(id: string, role: Role): void;
  setActive(id: string, active: boolean): void;
  countActiveOwners(): number;
  insert(user: { id: string; name: string; role: Role; pinHash: string; createdAt: string }): void;
  existsByName(name: string, exceptId?: string): boolean;
}
