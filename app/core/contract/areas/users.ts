import { z } from 'zod';
import { method } from '../define';
import { Id, IsoInstant, RoleSchema } from '../schemas';
import { NewPin, UserSummary } from './auth';

const UserName = z.string().trim().min(1).max(40);

/** A recovery code, shown once, with its sheet to print or keep as a PDF (in the reader's language). */
export const RecoveryCodeSheet = z.object({
  code: z.string(),
  createdAt: IsoInstant,
  sheet: z.object({ fileName: z.string(), contentType: z.literal('application/pdf'), base64: z.string() }),
});

export const UserRecord = UserSummary.extend({
  active: z.boolean(),
  /** when a lockout ends, while it lasts */
  lockedUntil: IsoInstant.nullable(),
  sessions: z.int().min(0),
});

export const SessionView = z.object({
  id: Id,
  userName: z.string(),
  role: RoleSchema,
  deviceName: z.string(),
  deviceCode: z.string(),
  createdAt: IsoInstant,
  lastSeenAt: IsoInstant,
  endsAt: IsoInstant,
  mine: z.boolean(),
});

const Ended = z.object({ ok: z.literal(true), endedSessions: z.int().min(0) });

export const usersApi = {
  'users.add': method({
    summary: 'Add a user with a role and PIN (owner only).',
    access: 'owner',
    params: z.object({ name: UserName, role: RoleSchema, pin: NewPin }),
    result: UserSummary,
    errors: ['DUPLICATE'],
    example: { name: 'Ravi', role: 'staff', pin: '4821' },
    changes: ['users'],
  }),
  'users.list': method({
    summary: 'Every user, deactivated ones too, with lockouts and open sessions; and when the unused recovery code was made.',
    access: 'owner',
    params: z.object({}),
    result: z.object({ users: z.array(UserRecord), recoveryCodeAt: IsoInstant.nullable() }),
    errors: [],
    example: {},
    reads: ['users'],
  }),
  'users.rename': method({
    summary: 'Rename a user.',
    access: 'owner',
    params: z.object({ id: Id, name: UserName }),
    result: UserSummary,
    errors: ['NOT_FOUND', 'DUPLICATE'],
    example: { id: 'user-0003', name: 'Pooja S' },
    changes: ['users'],
  }),
  'users.setRole': method({
    summary: 'Change a user’s role; the shop always keeps an active owner.',
    access: 'owner',
    params: z.object({ id: Id, role: RoleSchema }),
    result: UserSummary,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { id: 'user-0003', role: 'accountant' },
    changes: ['users'],
  }),
  'users.deactivate': method({
    summary: 'Deactivate a user: they can no longer log in and their sessions end (the last active owner cannot be).',
    access: 'owner',
    params: z.object({ id: Id }),
    result: Ended,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { id: 'user-0003' },
    changes: ['users'],
  }),
  'users.reactivate': method({
    summary: 'Let a deactivated user log in again.',
    access: 'owner',
    params: z.object({ id: Id }),
    result: UserSummary,
    errors: ['NOT_FOUND'],
    example: { id: 'user-0003' },
    changes: ['users'],
  }),
  'users.resetPin': method({
    summary: 'Give a user a new PIN (owner): their lockout is cleared and their sessions end.',
    access: 'owner',
    params: z.object({ id: Id, pin: NewPin }),
    result: Ended,
    errors: ['NOT_FOUND'],
    example: { id: 'user-0003', pin: '482915' },
    changes: ['users'],
  }),
  'users.unlock': method({
    summary: 'End a user’s lockout and clear their count of lockouts.',
    access: 'owner',
    params: z.object({ id: Id }),
    result: UserSummary,
    errors: ['NOT_FOUND'],
    example: { id: 'user-0003' },
    changes: ['users'],
  }),
  'users.sessions': method({
    summary: 'Open sessions: who, on which device, since when, last used and when each ends.',
    access: 'owner',
    params: z.object({}),
    result: z.array(SessionView),
    errors: [],
    example: {},
    reads: ['users'],
  }),
  'users.endSession': method({
    summary: 'End one open session.',
    access: 'owner',
    params: z.object({ id: Id }),
    result: z.object({ ok: z.literal(true) }),
    errors: ['NOT_FOUND'],
    example: { id: 'ses-example' },
    changes: ['users'],
  }),
  'users.newRecoveryCode': method({
    summary: 'A new recovery code to print and keep safe, with its sheet as a PDF (it replaces the unused one): it unlocks an owner and sets a new PIN once.',
    access: 'owner',
    params: z.object({}),
    result: RecoveryCodeSheet,
    errors: [],
    example: {},
    changes: ['users'],
  }),
};
