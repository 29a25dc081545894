import type { Text } from './text';

/** Refusals of a request before any area sees it: the method, the role, the body. */
export const REQUESTS = {
  'request.unknownMethod': {
    en: 'This screen asked for something the shop’s computer does not know ({method}); update SmartKirana on both',
    hi: 'इस स्क्रीन ने ऐसा काम माँगा जो दुकान का कंप्यूटर नहीं जानता ({method}); दोनों पर SmartKirana अपडेट करें',
  },
  'request.needsManager': { en: 'This needs a manager or the owner', hi: 'इसके लिए मैनेजर या मालिक चाहिए' },
  'request.needsOwner': { en: 'Only the owner can do this', hi: 'यह सिर्फ़ मालिक कर सकते हैं' },
  'request.needsStaff': { en: 'Log in to do this', hi: 'यह करने के लिए लॉग इन करें' },
  'request.usePost': { en: 'Use POST with a JSON body', hi: 'JSON के साथ POST भेजें' },
  'request.bodyTooLarge': { en: 'The request body is larger than 1 MB', hi: 'भेजी गई जानकारी 1 MB से बड़ी है' },
  'request.notJson': { en: 'The body is not valid JSON', hi: 'भेजी गई जानकारी सही JSON नहीं है' },
  'request.dbBusy': {
    en: 'The database is busy (another program holds it). Nothing was saved; try again.',
    hi: 'दुकान की फ़ाइल व्यस्त है (कोई दूसरा प्रोग्राम उसे पकड़े है)। कुछ सेव नहीं हुआ; फिर से कोशिश करें।',
  },
  'request.internal': {
    en: 'Something went wrong; nothing was saved. The details are in the app log.',
    hi: 'कुछ गड़बड़ हुई; कुछ सेव नहीं हुआ। पूरी जानकारी ऐप के लॉग में है।',
  },
  'request.hostUnreachable': {
    en: 'The host could not answer',
    hi: 'दुकान का कंप्यूटर जवाब नहीं दे सका',
  },
} as const satisfies Record<`request.${string}`, Text>;
