/**
 * The shop's documents and who may do what with each. One document per permission boundary
 * (the Yjs FAQ: permissions cannot be enforced inside a document), so access is decided once, at
 * the connection, from the document's name and the principal's role.
 */

/** A shop or device id as it may appear in a document name (a UUID fits). */
const ID = /^[A-Za-z0-9_-]{1,64}$/;
/** An optional shard suffix, e.g. a period (`2026-12`) or a re-seeding generation (`g2`). */
const SHARD = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

export type DocumentKind = 'catalog' | 'staff' | 'outbox';

export interface RoomName {
  /** the full name, e.g. `shop/<shopId>/device/<deviceId>/outbox/2026-12` */
  name: string;
  shopId: string;
  kind: DocumentKind;
  /** the writing device, for an outbox */
  deviceId: string | null;
  shard: string | null;
}

/** Parses `shop/<id>/catalog`, `shop/<id>/staff`, `shop/<id>/device/<id>/outbox`, each with an optional `/<shard>`. */
export function parseRoomName(name: string): RoomName | null {
  if (name.length > 256) return null;
  const parts = name.split('/');
  if (parts[0] !== 'shop' || !isId(parts[1])) return null;
  const shopId = parts[1];
  const [kindPart, ...rest] = parts.slice(2);
  let kind: DocumentKind;
  let deviceId: string | null = null;
  let tail: string[];
  if (kindPart === 'catalog' || kindPart === 'staff') {
    kind = kindPart;
    tail = rest;
  } else if (kindPart === 'device' && isId(rest[0]) && rest[1] === 'outbox') {
    kind = 'outbox';
    deviceId = rest[0];
    tail = rest.slice(2);
  } else return null;
  if (tail.length > 1) return null;
  const shard = tail[0] ?? null;
  if (shard !== null && !SHARD.test(shard)) return null;
  return { name, shopId, kind, deviceId, shard };
}

function isId(value: string | undefined): value is string {
  return value !== undefined && ID.test(value);
}

/**
 * Who is connecting. `counter` is the shop's own host (it writes the catalog and the staff
 * projections and reads every outbox); `reader` is an anonymous customer on the web catalog.
 */
export type Role = 'counter' | 'owner' | 'manager' | 'staff' | 'accountant' | 'reader';
export const ROLES: readonly Role[] = ['counter', 'owner', 'manager', 'staff', 'accountant', 'reader'];

export interface Principal {
  shopId: string;
  role: Role;
  /** the paired device; null for the anonymous reader */
  deviceId: string | null;
  /** the token's id and times (seconds since the epoch), when it came from a token */
  tokenId?: string;
  issuedAt?: number;
  expiresAt?: number;
}

export type Access = 'write' | 'read' | 'none';

/**
 * The permission table (docs/sync.md has it as a table):
 * - catalog: the counter writes; every principal of the shop, the anonymous reader included, reads;
 * - staff: the counter writes; owner, manager, staff device and accountant read;
 * - a device's outbox: that device writes (owner, manager or staff role); the counter reads every
 *   outbox to apply the commands; nobody else opens it.
 */
export function accessFor(principal: Principal, room: RoomName): Access {
  if (principal.shopId !== room.shopId) return 'none';
  const role = principal.role;
  switch (room.kind) {
    case 'catalog':
      return role === 'counter' ? 'write' : 'read';
    case 'staff':
      if (role === 'counter') return 'write';
      return role === 'reader' ? 'none' : 'read';
    case 'outbox':
      if (role === 'counter') return 'read';
      if (role === 'owner' || role === 'manager' || role === 'staff') {
        return principal.deviceId !== null && principal.deviceId === room.deviceId ? 'write' : 'none';
      }
      return 'none';
  }
}

/** The rooms of one shop share this prefix (used to count a shop's documents). */
export const shopPrefix = (shopId: string) => `shop/${shopId}/`;
