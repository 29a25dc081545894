import { createApiClient, type ApiClient } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';
import { transport } from './transport';

export const authQueries = {
  users: () => methodQuery('auth.users', {}),
};

export const useLoginMutation = methodMutation('auth.login');
export const useLogoutMutation = methodMutation('auth.logout');

/** A client acting as the user whose session this is: a manager approving one action at a staff session. */
export const clientFor = (token: string): ApiClient => createApiClient((request) => transport.send(request), token);
