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

/** The printed recovery sheet: the code and how to keep and use it. */
export const RECOVERY_SHEET = {
  'users.sheetTitle': { en: 'Recovery code', hi: 'रिकवरी कोड' },
  'users.sheetMade': { en: 'Made on {at}', hi: '{at} को बना' },
  'users.sheetCode': { en: 'Code', hi: 'कोड' },
  'users.sheetKeepSafe': {
    en: 'Keep this sheet safe, away from the counter (with the shop’s papers). Anyone holding it can unlock an owner and set a new PIN.',
    hi: 'यह पर्चा संभालकर, काउंटर से दूर (दुकान के कागज़ों के साथ) रखें। जिसके पास यह है, वह मालिक का खाता खोलकर नया PIN रख सकता है।',
  },
  'users.sheetHowTo': {
    en: 'On the sign-in screen choose “Owner locked out? Use the recovery code”, pick the owner and type this code. It works once; then make a new one in Settings → Users.',
    hi: 'साइन-इन स्क्रीन पर “मालिक का खाता बंद? रिकवरी कोड इस्तेमाल करें” चुनें, मालिक चुनें और यह कोड लिखें। यह एक बार चलता है; फिर सेटिंग्स → उपयोगकर्ता में नया बनाएँ।',
  },
  'users.sheetReplaces': {
    en: 'A newer code replaces this one: only the last code printed works.',
    hi: 'नया कोड बनने पर यह कोड बंद हो जाता है: सिर्फ़ आख़िरी छपा कोड चलता है।',
  },
} as const satisfies Record<`users.${string}`, Text>;
