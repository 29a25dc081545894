import { z } from 'zod';
import { method } from '../define';
import type { ErrorCode } from '../errors';
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

/**
 * The owner changes one user, named by its id: NOT_FOUND when there is none, besides the method's
 * own errors; only the users area changes.
 */
function onOneUser<P extends z.ZodType, R extends z.ZodType>(spec: {
  summary: string;
  params: P;
  result: R;
  errors?: readonly ErrorCode[];
  example: z.input<P>;
}) {
  return method({
    summary: spec.summary,
    access: 'owner',
    params: spec.params,
    result: spec.result,
    errors: ['NOT_FOUND', ...(spec.errors ?? [])],
    example: spec.example,
    changes: ['users'],
  });
}

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
  'users.rename': onOneUser({
    summary: 'Rename a user.',
    params: z.object({ id: Id, name: UserName }),
    result: UserSummary,
    errors: ['DUPLICATE'],
    example: { id: 'user-0003', name: 'Pooja S' },
  }),
  'users.setRole': onOneUser({
    summary: 'Change a user’s role; the shop always keeps an active owner.',
    params: z.object({ id: Id, role: RoleSchema }),
    result: UserSummary,
    errors: ['INVALID_INPUT'],
    example: { id: 'user-0003', role: 'accountant' },
  }),
  'users.deactivate': onOneUser({
    summary: 'Deactivate a user: they can no longer log in and their sessions end (the last active owner cannot be).',
    params: z.object({ id: Id }),
    result: Ended,
    errors: ['INVALID_INPUT'],
    example: { id: 'user-0003' },
  }),
  'users.reactivate': onOneUser({
    summary: 'Let a deactivated user log in again.',
    params: z.object({ id: Id }),
    result: UserSummary,
    example: { id: 'user-0003' },
  }),
  'users.resetPin': onOneUser({
    summary: 'Give a user a new PIN (owner): their lockout is cleared and their sessions end.',
    params: z.object({ id: Id, pin: NewPin }),
    result: Ended,
    example: { id: 'user-0003', pin: '482915' },
  }),
  'users.unlock': onOneUser({
    summary: 'End a user’s lockout and clear their count of lockouts.',
    params: z.object({ id: Id }),
    result: UserSummary,
    example: { id: 'user-0003' },
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
