import { AppError } from '../contract/errors';
import { can, type Permission } from '../users/roles';
import type { CallContext } from './handler';

export function requirePermission(ctx: CallContext, permission: Permission, message: string): void {
  if (!can(ctx.user.role, permission)) throw new AppError('FORBIDDEN', message, { permission, role: ctx.user.role });
}

export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new AppError('NOT_FOUND', `${what} not found`);
  return value;
}
