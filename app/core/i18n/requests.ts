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
  'request.fileTooLarge': { en: 'The file sent is larger than {mb} MB', hi: 'भेजी गई फ़ाइल {mb} MB से बड़ी है' },
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
  'request.sendJson': {
    en: 'Send the parameters as JSON (Content-Type: application/json)',
    hi: 'जानकारी JSON में भेजें (Content-Type: application/json)',
  },
  'request.diskFullBill': {
    en: 'The disk is full: free some space on this computer; the bill was not saved. Then post it again.',
    hi: 'डिस्क भर गई है: इस कंप्यूटर पर कुछ जगह खाली करें; बिल सेव नहीं हुआ। फिर उसे दोबारा बनाएँ।',
  },
  'request.diskFull': {
    en: 'The disk is full: free some space on this computer; nothing was saved. Then try again.',
    hi: 'डिस्क भर गई है: इस कंप्यूटर पर कुछ जगह खाली करें; कुछ भी सेव नहीं हुआ। फिर से कोशिश करें।',
  },
  'request.readOnly': {
    en: 'The shop file cannot be written (read-only, or its folder is). Nothing was saved; call support.',
    hi: 'दुकान की फ़ाइल में लिखा नहीं जा सकता (वह या उसका फ़ोल्डर सिर्फ़ पढ़ने के लिए है)। कुछ सेव नहीं हुआ; सपोर्ट को फ़ोन करें।',
  },
  'request.ioError': {
    en: 'The disk could not be read or written (a failing disk, or a USB drive pulled out?). Nothing was saved; try again.',
    hi: 'डिस्क पढ़ी या लिखी नहीं जा सकी (ख़राब डिस्क, या USB ड्राइव निकाल दी गई?)। कुछ सेव नहीं हुआ; फिर से कोशिश करें।',
  },
  'request.damaged': {
    en: 'SQLite found damage in the shop file. Nothing was saved; close the app and call support (a backup can be restored).',
    hi: 'दुकान की फ़ाइल में ख़राबी मिली। कुछ सेव नहीं हुआ; ऐप बंद करें और सपोर्ट को फ़ोन करें (बैकअप वापस लाया जा सकता है)।',
  },
} as const satisfies Record<`request.${string}`, Text>;
