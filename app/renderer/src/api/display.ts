import { methodMutation, methodQuery } from './method';

export const displayQueries = {
  /** what a counter's customer display shows now; later changes arrive as host events */
  current: (deviceCode?: string) => methodQuery('display.current', deviceCode ? { deviceCode } : {}, { staleTime: Infinity }),
};

export const usePublishDisplayMutation = methodMutation('display.publish');
