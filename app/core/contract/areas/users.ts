import { z } from 'zod';
import { method } from '../define';
import { RoleSchema } from '../schemas';
import { UserSummary } from './auth';

export const usersApi = {
  'users.add': method({
    summary: 'Add a user with a role and PIN (owner only).',
    access: 'owner',
    params: z.object({ name: z.string().trim().min(1).max(40), role: RoleSchema, pin: z.string().regex(/^\d{4,8}$/, 'PIN of 4 to 8 digits') }),
    result: UserSummary,
    errors: ['DUPLICATE'],
    example: { name: 'Ravi', role: 'staff', pin: '4821' },
    changes: ['users'],
  }),
};
