import { methodMutation, methodQuery } from './method';

export const shopQueries = {
  get: () => methodQuery('shop.get', {}),
};

export const useUpdateShopMutation = methodMutation('shop.update');
