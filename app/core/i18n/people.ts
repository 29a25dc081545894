import type { Text } from './text';

/** Logging in and the shop's users. */
export const AUTH = {
  'auth.logInFirst': { en: 'Log in with your PIN first', hi: 'पहले अपने पिन से लॉग इन करें' },
  'auth.sessionEnded': { en: 'Your session has ended; log in again', hi: 'आपका सत्र खत्म हो गया; फिर से लॉग इन करें' },
  'auth.wrongPin': { en: 'Wrong PIN. {left} tries left.', hi: 'गलत पिन। {left} कोशिशें बाकी हैं।' },
} as const satisfies Record<`auth.${string}`, Text>;

export const USERS = {
  'users.nameTaken': { en: 'A user named {name} already exists', hi: '{name} नाम का उपयोगकर्ता पहले से है' },
} as const satisfies Record<`users.${string}`, Text>;

/** The shop's own settings. */
export const SHOP = {
  'shop.needsOwner': { en: 'A shop needs an owner', hi: 'दुकान का एक मालिक होना चाहिए' },
} as const satisfies Record<`shop.${string}`, Text>;

/** The receipt printer. */
export const PRINTING = {
  'printing.chooseConnection': { en: 'Choose how the printer is connected first', hi: 'पहले चुनें कि प्रिंटर कैसे जुड़ा है' },
  'printing.noPrinter': { en: 'No receipt printer is set up', hi: 'कोई रसीद प्रिंटर सेट नहीं है' },
} as const satisfies Record<`printing.${string}`, Text>;

/** Khata (customer credit). */
export const KHATA = {
  'khata.pay.title': { en: 'Pay {shop}', hi: '{shop} को भुगतान करें' },
  'khata.pay.due': { en: '{customer}, your khata at {shop} shows {amount} due.', hi: '{customer} जी, {shop} के खाते में आपका बकाया {amount} है।' },
  'khata.pay.button': { en: 'Pay {amount} with a UPI app', hi: 'UPI ऐप से {amount} भुगतान करें' },
  'khata.pay.android': { en: 'Nothing opened? Try this link (Android)', hi: 'कुछ नहीं खुला? यह लिंक आज़माएँ (Android)' },
  'khata.pay.scan': { en: 'Or scan this QR from any UPI app on another phone. UPI ID: {vpa}', hi: 'या किसी दूसरे फ़ोन के UPI ऐप से यह QR स्कैन करें। UPI आईडी: {vpa}' },
  'khata.pay.nothingDue': { en: '{customer}, nothing is due at {shop} now. Thank you!', hi: '{customer} जी, {shop} में अभी कुछ बकाया नहीं है। धन्यवाद!' },
  'khata.pay.expired': {
    en: 'This link is not valid (or has expired). Ask the shop for a new one.',
    hi: 'यह लिंक सही नहीं है (या इसकी अवधि खत्म हो गई)। दुकान से नया लिंक माँगें।',
  },
  'khata.row.sales': { en: 'Bill {number}', hi: 'बिल {number}' },
  'khata.row.sales_cancel': { en: 'Bill {number} cancelled', hi: 'बिल {number} रद्द' },
  'khata.row.credit_note': { en: 'Return, credit note {number}', hi: 'वापसी, क्रेडिट नोट {number}' },
  'khata.row.receipt': { en: 'Payment received {number}', hi: 'भुगतान मिला {number}' },
  'khata.row.payment': { en: 'Paid {number}', hi: 'भुगतान किया {number}' },
  'khata.row.purchase': { en: 'Purchase bill {number}', hi: 'खरीद बिल {number}' },
  'khata.row.purchase_return': { en: 'Purchase return, debit note {number}', hi: 'खरीद वापसी, डेबिट नोट {number}' },
  'khata.row.opening': { en: 'Opening balance', hi: 'शुरुआती बाकी' },
  'khata.periodBackwards': { en: 'The period starts after it ends', hi: 'अवधि की शुरुआत उसके अंत के बाद है' },
  'khata.owesNothing': { en: '{customer} owes nothing', hi: '{customer} पर कुछ बकाया नहीं है' },
  'khata.hasAdvance': { en: '{customer} owes nothing (the khata has an advance)', hi: '{customer} पर कुछ बकाया नहीं है (खाते में अग्रिम जमा है)' },
  'khata.overLimit': {
    en: '{customer} owes {owes}; with this bill it is {after}, {over} over the credit limit of {limit}',
    hi: '{customer} पर {owes} बकाया है; इस बिल के साथ {after} होगा, जो उधार सीमा {limit} से {over} ज़्यादा है',
  },
  'khata.overLimitBlock': {
    en: '{customer} owes {owes}; with this bill it is {after}, {over} over the credit limit of {limit}. The owner has set khata to stop at the limit: take part of it in cash or UPI.',
    hi: '{customer} पर {owes} बकाया है; इस बिल के साथ {after} होगा, जो उधार सीमा {limit} से {over} ज़्यादा है। मालिक ने खाता सीमा पर रोक रखा है: कुछ हिस्सा नकद या यूपीआई में लें।',
  },
  'khata.overLimitWarn': {
    en: '{customer} owes {owes}; with this bill it is {after}, {over} over the credit limit of {limit}. Confirm to put it on khata anyway.',
    hi: '{customer} पर {owes} बकाया है; इस बिल के साथ {after} होगा, जो उधार सीमा {limit} से {over} ज़्यादा है। फिर भी खाते में डालना हो तो पुष्टि करें।',
  },
} as const satisfies Record<`khata.${string}`, Text>;
