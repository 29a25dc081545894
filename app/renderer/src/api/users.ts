import { methodMutation, methodQuery } from './method';

export const usersQueries = {
  list: () => methodQuery('users.list', {}),
  sessions: () => methodQuery('users.sessions', {}),
};

export const useAddUserMutation = methodMutation('users.add');
export const useRenameUserMutation = methodMutation('users.rename');
export const useSetRoleMutation = methodMutation('users.setRole');
export const useDeactivateUserMutation = methodMutation('users.deactivate');
export const useReactivateUserMutation = methodMutation('users.reactivate');
export const useResetPinMutation = methodMutation('users.resetPin');
export const useUnlockUserMutation = methodMutation('users.unlock');
export const useEndSessionMutation = methodMutation('users.endSession');
export const useNewRecoveryCodeMutation = methodMutation('users.newRecoveryCode');
