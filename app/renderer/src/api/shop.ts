import { methodMutation, methodQuery } from './method';

export const shopQueries = {
  get: () => methodQuery('shop.get', {}),
  /** before anyone logs in: new (the first-run screen), demo or ready */
  status: () => methodQuery('shop.status', {}, { staleTime: 60_000 }),
  nextNumbers: () => methodQuery('shop.nextNumbers', {}),
};

export const useUpdateShopMutation = methodMutation('shop.update');
export const useCheckSetupMutation = methodMutation('shop.checkSetup');
export const useSetupShopMutation = methodMutation('shop.setup');
export const useStartDemoMutation = methodMutation('shop.startDemo');
export const useLeaveDemoMutation = methodMutation('shop.leaveDemo');
export const useSaveIdentityMutation = methodMutation('shop.saveIdentity');
