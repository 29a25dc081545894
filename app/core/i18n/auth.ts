import type { Text } from './text';

/** Lockouts, sessions and devices. */
export const SESSIONS = {
  'auth.locked': {
    en: '{name}’s account is locked until {until}. Ask the owner to unlock it, or use the recovery code.',
    hi: '{name} का खाता {until} तक बंद है। मालिक से खुलवाएँ, या रिकवरी कोड इस्तेमाल करें।',
  },
  'auth.wrongPinNowLocked': {
    en: 'Wrong PIN. {name}’s account is locked until {until}.',
    hi: 'गलत पिन। {name} का खाता {until} तक बंद हो गया है।',
  },
  'auth.sessionExpired': { en: 'Your session has ended; log in again with your PIN', hi: 'आपका सत्र खत्म हो गया; अपने पिन से फिर लॉग इन करें' },
  'auth.otherDevice': {
    en: 'This sign-in belongs to another device; log in on this one with your PIN',
    hi: 'यह लॉग इन किसी दूसरे डिवाइस का है; इस डिवाइस पर अपने पिन से लॉग इन करें',
  },
  'auth.deviceNotRegistered': {
    en: 'This device is not registered. A manager or the owner registers it once, with a name.',
    hi: 'यह डिवाइस रजिस्टर नहीं है। मैनेजर या मालिक इसे एक बार, एक नाम के साथ, रजिस्टर करते हैं।',
  },
  'auth.deviceRetired': { en: 'This device has been retired; it can no longer log in', hi: 'यह डिवाइस हटा दिया गया है; इससे अब लॉग इन नहीं हो सकता' },
  'auth.deviceCodeWrong': {
    en: 'That device code is wrong or has expired; make a new one in Settings → Devices on a registered screen',
    hi: 'यह डिवाइस कोड गलत है या उसका समय निकल गया; किसी रजिस्टर्ड स्क्रीन पर सेटिंग्स → डिवाइस में नया कोड बनाएँ',
  },
  'auth.deviceNeedsCode': {
    en: 'Type the device code shown in Settings → Devices on a registered screen',
    hi: 'किसी रजिस्टर्ड स्क्रीन पर सेटिंग्स → डिवाइस में दिखा डिवाइस कोड लिखें',
  },
  'auth.registerNeedsManager': { en: 'Only a manager or the owner can register a device', hi: 'डिवाइस सिर्फ़ मैनेजर या मालिक रजिस्टर कर सकते हैं' },
  'auth.deviceAlreadyRegistered': { en: 'This browser is already registered as {name}', hi: 'यह ब्राउज़र पहले से {name} नाम से रजिस्टर है' },
  'auth.retireThisDevice': { en: 'You cannot retire the device you are using', hi: 'जिस डिवाइस पर आप काम कर रहे हैं उसे नहीं हटा सकते' },
  'auth.alreadyRetired': { en: '{name} is already retired', hi: '{name} पहले ही हटाया जा चुका है' },
  'auth.recoveryWrong': { en: 'That recovery code is wrong or already used', hi: 'यह रिकवरी कोड गलत है या पहले इस्तेमाल हो चुका है' },
  'auth.recoveryOwnerOnly': { en: 'The recovery code unlocks an owner’s account only', hi: 'रिकवरी कोड सिर्फ़ मालिक का खाता खोलता है' },
  'auth.samePin': { en: 'The new PIN must differ from the old one', hi: 'नया पिन पुराने पिन से अलग होना चाहिए' },
  'auth.notForAccountant': {
    en: 'An accountant works on the books and GST, not the counter',
    hi: 'अकाउंटेंट खाते और जीएसटी का काम करते हैं, काउंटर का नहीं',
  },
  'auth.noSuchDevice': { en: 'That device was not found', hi: 'वह डिवाइस नहीं मिला' },
  'auth.noSuchSession': { en: 'That session has already ended', hi: 'वह सत्र पहले ही खत्म हो चुका है' },
} as const satisfies Record<`auth.${string}`, Text>;
