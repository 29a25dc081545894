import { z } from 'zod';
import { method } from '../define';
import { Id, RoleSchema } from '../schemas';

export const UserSummary = z.object({ id: Id, name: z.string(), role: RoleSchema });
export const DeviceView = z.object({ id: Id, code: z.string(), name: z.string() });

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
    summary: 'Log in with a PIN. Registers the calling device on first use (it gets its own bill series).',
    access: 'public',
    params: z.object({
      userId: Id.describe('a user id from auth.users'),
      pin: z.string().regex(/^\d{4,8}$/, 'PIN of 4 to 8 digits'),
      deviceId: z.string().min(8).max(64).describe('a stable id the device generates once and keeps'),
      deviceName: z.string().max(40).optional().describe('shown on bills; its first letter starts the device’s bill series (Counter → C1)'),
    }),
    result: z.object({ token: z.string(), user: UserSummary, device: DeviceView }),
    errors: ['WRONG_PIN', 'PIN_LOCKED', 'NOT_FOUND'],
    example: { userId: 'user-owner', pin: '1111', deviceId: 'counter-pc-0001', deviceName: 'Counter' },
  }),
  'auth.logout': method({
    summary: 'End the calling session.',
    access: 'staff',
    params: z.object({}),
    result: z.object({ ok: z.literal(true) }),
    errors: [],
    example: {},
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
};
