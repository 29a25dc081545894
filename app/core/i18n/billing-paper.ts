import type { Text } from './text';

/** Bills written by hand and entered later: the paper books and their numbers. */
export const BILLING_PAPER = {
  'billing.paperBookNameEmpty': { en: 'Book name: type a name for the paper book', hi: 'बही का नाम: पर्ची बही का नाम लिखें' },
  'billing.paperBookNameTaken': { en: 'Book name: a paper book named {name} already exists', hi: 'बही का नाम: {name} नाम की पर्ची बही पहले से है' },
  'billing.paperPrefixShape': {
    en: 'Series of the book: “{prefix}” may have only letters, digits, - and /',
    hi: 'बही की सीरीज़: “{prefix}” में सिर्फ़ अक्षर, अंक, - और / हो सकते हैं',
  },
  'billing.paperPrefixLikeCounter': {
    en: 'Series of the book: {prefix} looks like a counter’s series (C1, T2); use one such as PB-A',
    hi: 'बही की सीरीज़: {prefix} काउंटर की सीरीज़ (C1, T2) जैसी है; PB-A जैसी सीरीज़ रखें',
  },
  'billing.paperPrefixTaken': {
    en: 'Series of the book: {prefix} is already used by the shop or another paper book',
    hi: 'बही की सीरीज़: {prefix} दुकान या किसी दूसरी पर्ची बही में पहले से है',
  },
  'billing.paperFirstNumberShape': {
    en: 'First number: “{number}” is not a number as printed in the book (e.g. 001)',
    hi: 'पहला नंबर: “{number}” बही में छपे नंबर जैसा नहीं है (जैसे 001)',
  },
  'billing.paperNumberShape': {
    en: 'Bill number: “{number}” is not a number (write it as on the paper bill)',
    hi: 'बिल नंबर: “{number}” नंबर नहीं है (पर्ची पर लिखा नंबर लिखें)',
  },
  'billing.paperNumberTooLong': {
    en: 'Bill number: {number} has {length} characters; a bill number may have at most {max}',
    hi: 'बिल नंबर: {number} में {length} अक्षर हैं; बिल नंबर में ज़्यादा से ज़्यादा {max} हो सकते हैं',
  },
  'billing.paperNumberUsed': {
    en: 'Bill number: {number} was already entered (each number of a book is entered once)',
    hi: 'बिल नंबर: {number} पहले ही दर्ज हो चुका है (बही का हर नंबर एक बार ही दर्ज होता है)',
  },
  'billing.paperBookMissing': { en: 'Paper book: choose the book the bill was written in', hi: 'पर्ची बही: वह बही चुनें जिसमें बिल लिखा गया था' },
  'billing.paperDateFuture': {
    en: 'Bill date: {date} is after today; enter the date written on the bill',
    hi: 'बिल की तारीख: {date} आज के बाद की है; बिल पर लिखी तारीख डालें',
  },
} as const satisfies Record<`billing.${string}`, Text>;
