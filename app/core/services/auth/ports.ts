import type { Role } from '../../contract/vocabulary';

/** The repositories this area owns in the Store (db/repos/auth). */
export interface AuthStore {
  sessions: SessionsRepo;
  devices: DevicesRepo;
  recovery: RecoveryRepo;
}

export interface SessionRecord {
  id: string;
  tokenHash: string;
  userId: string;
  userName: string;
  role: Role;
  deviceId: string;
  deviceCode: string;
  deviceName: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface SessionsRepo {
  insert(s: { id: string; tokenHash: string; userId: string; deviceId: string; createdAt: string }): void;
  /** the session of an active user on a device that is not retired */
  find(tokenHash: string): SessionRecord | undefined;
  /** every session of an active user on a device that is not retired, newest first */
  list(): SessionRecord[];
  /** records a call: the session's and its device's last use */
  touch(s: { id: string; deviceId: string; at: string }): void;
  remove(tokenHash: string): void;
  removeById(id: string): boolean;
  /** ends a user's sessions (but the one of `keepTokenHash`); how many ended */
  removeForUser(userId: string, keepTokenHash?: string): number;
  removeForDevice(deviceId: string): number;
}

export interface DeviceRow {
  id: string;
  code: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  retiredAt: string | null;
}

export interface DevicesRepo {
  byClientId(clientId: string): DeviceRow | undefined;
  get(id: string): DeviceRow | undefined;
  list(): DeviceRow[];
  /** device codes already in use, for picking the next series code */
  codes(): string[];
  countActive(): number;
  insert(d: { id: string; clientId: string; code: string; name: string; createdAt: string }): void;
  rename(id: string, name: string): void;
  retire(id: string, at: string): void;
  /** a registration code (its hash), alive until expiresAt */
  addCode(c: { codeHash: string; name: string; createdBy: string; createdAt: string; expiresAt: string }): void;
  /** the name a live registration code was made for; the code is used up (and expired ones go) */
  takeCode(codeHash: string, now: string): { name: string; createdBy: string } | undefined;
}

export interface RecoveryRepo {
  /** the unused recovery code, if the shop has one */
  current(): { id: string; codeHash: string; createdAt: string } | undefined;
  /** the new code replaces any unused one */
  replace(c: { id: string; codeHash: string; createdAt: string }): void;
  markUsed(id: string, at: string): void;
}

/**
 * How the host treats a browser it does not know. Only test and benchmark hosts set
 * `registerOnLogin`: there a login from an unknown device registers it as a manager would; the
 * app never does.
 */
export interface DevicePolicy {
  registerOnLogin: boolean;
  /** test hosts that move a fixed clock across months with one login keep their sessions */
  sessionsNeverExpire?: boolean;
}

/** Where the host serves the shop's Wi-Fi over HTTPS and the fingerprint of the shop's own CA (app/host/tls). */
export interface Pairing {
  url: string | null;
  caFingerprint: string | null;
  caCertUrl: string | null;
}
