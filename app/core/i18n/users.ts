import type { Text } from './text';

/** The shop's people: roles, deactivation, PINs. */
export const PEOPLE = {
  'users.lastOwner': {
    en: '{name} is the shop’s only active owner; make another user owner first',
    hi: '{name} दुकान के अकेले सक्रिय मालिक हैं; पहले किसी और को मालिक बनाएँ',
  },
  'users.notSelf': { en: 'You cannot deactivate yourself', hi: 'आप खुद को निष्क्रिय नहीं कर सकते' },
  'users.alreadyInactive': { en: '{name} is already deactivated', hi: '{name} पहले से निष्क्रिय हैं' },
} as const satisfies Record<`users.${string}`, Text>;
