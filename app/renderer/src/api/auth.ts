import { createApiClient, type ApiClient } from '../../../core/contract';
import { methodMutation, methodQuery } from './method';
import { deviceId } from './session';
import { transport } from './transport';

export const authQueries = {
  users: () => methodQuery('auth.users', {}),
  device: (deviceId: string) => methodQuery('auth.device', { deviceId }, { staleTime: 0 }),
  devices: () => methodQuery('auth.devices', {}),
  /** the HTTPS address and the shop CA's fingerprint a tablet is paired with */
  pairing: () => methodQuery('auth.pairing', {}),
};

export const useLoginMutation = methodMutation('auth.login');
export const useLogoutMutation = methodMutation('auth.logout');
export const useRegisterDeviceMutation = methodMutation('auth.registerDevice');
export const useChangePinMutation = methodMutation('auth.changePin');
export const useRecoverMutation = methodMutation('auth.recover');
export const useNewDeviceCodeMutation = methodMutation('auth.newDeviceCode');
export const useRenameDeviceMutation = methodMutation('auth.renameDevice');
export const useRetireDeviceMutation = methodMutation('auth.retireDevice');

/** A client acting as the user whose session this is: a manager approving one action at a staff session. */
export const clientFor = (token: string): ApiClient => createApiClient((request) => transport.send(request), token, { device: deviceId });
