import type { Role } from '../../contract/vocabulary';

/** The repositories this area owns in the Store (db/repos/auth). */
export interface AuthStore {
  sessions: SessionsRepo;
  devices: DevicesRepo;
}

export interface SessionRecord {
  userId: string;
  userName: string;
  role: Role;
  deviceId: string;
  deviceCode: string;
  deviceName: string;
}

export interface SessionsRepo {
  insert(s: { tokenHash: string; userId: string; deviceId: string; createdAt: string }): void;
  find(tokenHash: string): SessionRecord | undefined;
  remove(tokenHash: string): void;
}

export interface DevicesRepo {
  byClientId(clientId: string): { id: string; code: string; name: string } | undefined;
  /** device codes already in use, for picking the next series code */
  codes(): string[];
  insert(d: { id: string; clientId: string; code: string; name: string; createdAt: string }): void;
}
