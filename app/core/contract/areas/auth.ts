import { z } from 'zod';
import { method } from '../define';
import { Id, IsoInstant, RoleSchema } from '../schemas';

export const UserSummary = z.object({ id: Id, name: z.string(), role: RoleSchema });
export const DeviceView = z.object({ id: Id, code: z.string(), name: z.string() });

/** A PIN a user types to log in: 4 to 8 digits (every PIN ever set is one). */
const TypedPin = z.string().regex(/^\d{4,8}$/, 'PIN of 4 to 8 digits');
/** A new PIN: 4 or 6 digits. */
export const NewPin = z.string().regex(/^(\d{4}|\d{6})$/, 'PIN of 4 or 6 digits');
const DeviceName = z.string().trim().min(1).max(40);
const ClientDeviceId = z.string().min(8).max(64).describe('a random id the browser makes once and keeps (it stands for the device)');

export const DeviceRecord = DeviceView.extend({
  createdAt: IsoInstant,
  lastUsedAt: IsoInstant.nullable(),
  retiredAt: IsoInstant.nullable(),
  sessions: z.int().min(0),
});

export const authApi = {
  'auth.users': method({
    summary: 'Users who can log in at this shop (names and roles only), for the login and quick-switch screen.',
    access: 'public',
    params: z.object({}),
    result: z.array(UserSummary),
    errors: [],
    example: {},
    reads: ['users'],
  }),
  'auth.login': method({
    summary:
      'Log in with a PIN on a registered device. Five wrong PINs lock the user out, each lockout longer than the one before; failures and lockouts are audited. The session ends when idle or old (by role), when the user is locked out or deactivated, or when the device is retired.',
    access: 'public',
    params: z.object({
      userId: Id.describe('a user id from auth.users'),
      pin: TypedPin,
      deviceId: ClientDeviceId,
      deviceName: z.string().max(40).optional().describe('ignored: a device is named when it is registered (auth.registerDevice)'),
    }),
    result: z.object({ token: z.string(), user: UserSummary, device: DeviceView }),
    errors: ['WRONG_PIN', 'PIN_LOCKED', 'NOT_FOUND'],
    example: { userId: 'user-owner', pin: '1111', deviceId: 'counter-pc-0001' },
  }),
  'auth.logout': method({
    summary: 'End the calling session.',
    access: 'staff',
    params: z.object({}),
    result: z.object({ ok: z.literal(true) }),
    errors: [],
    example: {},
    changes: ['users'],
  }),
  'auth.me': method({
    summary: 'The session’s user and device.',
    access: 'staff',
    params: z.object({}),
    result: z.object({ user: UserSummary, device: DeviceView }),
    errors: [],
    example: {},
    reads: ['users'],
  }),
  'auth.device': method({
    summary: 'Whether this browser is a registered device (and its name and series), or retired; `firstDevice` when the shop has none yet.',
    access: 'public',
    params: z.object({ deviceId: ClientDeviceId }),
    result: z.object({ registered: z.boolean(), retired: z.boolean(), name: z.string().nullable(), code: z.string().nullable(), firstDevice: z.boolean() }),
    errors: [],
    example: { deviceId: 'counter-pc-0001' },
    reads: ['users'],
  }),
  'auth.registerDevice': method({
    summary:
      'Register this browser as a device of the shop, with a name; it gets its own bill series. Needs the code a manager or the owner made on a registered screen (auth.newDeviceCode), or, for the shop’s very first device, a manager’s or the owner’s PIN.',
    access: 'public',
    params: z.object({
      deviceId: ClientDeviceId,
      name: DeviceName,
      code: z.string().trim().min(4).max(20).optional().describe('the code shown on a registered screen, e.g. K7QM-3XTR'),
      userId: Id.optional().describe('first device only: a manager or the owner'),
      pin: TypedPin.optional(),
    }),
    result: DeviceView,
    errors: ['WRONG_PIN', 'PIN_LOCKED', 'NOT_FOUND', 'INVALID_INPUT', 'DUPLICATE'],
    example: { deviceId: 'tablet-0001', name: 'Tablet', code: 'K7QM-3XTR' },
    changes: ['users'],
  }),
  'auth.changePin': method({
    summary: 'Change my own PIN (the old one is needed). My other sessions end.',
    access: 'staff',
    params: z.object({ oldPin: TypedPin, newPin: NewPin }),
    result: z.object({ ok: z.literal(true), endedSessions: z.int().min(0) }),
    errors: ['WRONG_PIN', 'PIN_LOCKED', 'INVALID_INPUT'],
    example: { oldPin: '3333', newPin: '482915' },
    changes: ['users'],
  }),
  'auth.recover': method({
    summary: 'With the shop’s printed recovery code: unlock an owner and, if given, set a new PIN. The code is used up.',
    access: 'public',
    params: z.object({ deviceId: ClientDeviceId, userId: Id, code: z.string().trim().min(8).max(40), newPin: NewPin.optional() }),
    result: z.object({ ok: z.literal(true) }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { deviceId: 'counter-pc-0001', userId: 'user-owner', code: 'K7QM-3XTR-9WPA-EH4C', newPin: '482915' },
    changes: ['users'],
  }),
  'auth.devices': method({
    summary: 'The shop’s devices with their bill series, last use and open sessions; retired ones too.',
    access: 'manager',
    params: z.object({}),
    result: z.array(DeviceRecord),
    errors: [],
    example: {},
    reads: ['users'],
  }),
  'auth.newDeviceCode': method({
    summary: 'A code (alive 15 minutes, used once) that a new browser types to register itself as a device with this name.',
    access: 'manager',
    params: z.object({ name: DeviceName }),
    result: z.object({ code: z.string(), name: z.string(), expiresAt: IsoInstant }),
    errors: [],
    example: { name: 'Tablet' },
    changes: ['users'],
  }),
  'auth.pairing': method({
    summary:
      'How a tablet or phone reaches and trusts this host: its HTTPS address on the shop’s Wi-Fi and the SHA-256 fingerprint of the shop’s own certificate authority (both null when the host is not serving the Wi-Fi over HTTPS).',
    access: 'manager',
    params: z.object({}),
    result: z.object({ url: z.string().nullable(), caFingerprint: z.string().nullable(), caCertUrl: z.string().nullable() }),
    errors: [],
    example: {},
  }),
  'auth.renameDevice': method({
    summary: 'Rename a device (its bill series stays).',
    access: 'manager',
    params: z.object({ id: Id, name: DeviceName }),
    result: DeviceView,
    errors: ['NOT_FOUND'],
    example: { id: 'dev-example', name: 'Counter 2' },
    changes: ['users'],
  }),
  'auth.retireDevice': method({
    summary: 'Retire a device: it can no longer log in and its sessions end; its bills and series stay in the books and GSTR-1.',
    access: 'owner',
    params: z.object({ id: Id }),
    result: z.object({ ok: z.literal(true), endedSessions: z.int().min(0) }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { id: 'dev-example' },
    changes: ['users'],
  }),
};
