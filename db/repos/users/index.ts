import type { UsersStore } from '../../../app/core/services/users/ports';
import type { RepoContext } from '../context';
import { createUsersRepo } from './users';

export const createUsersStore = (ctx: RepoContext): UsersStore => ({ users: createUsersRepo(ctx) });
