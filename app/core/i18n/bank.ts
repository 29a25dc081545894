import type { Text } from './text';

/** Bank statements and reconciliation. */
export const BANK = {
  'bank.notAmount': { en: 'Row {row}: "{text}" is not an amount', hi: 'पंक्ति {row}: "{text}" कोई रकम नहीं है' },
  'bank.noHeaderRow': {
    en: 'No header row with Date, Withdrawal (Debit) and Deposit (Credit) columns: export the statement as CSV from the bank’s site',
    hi: 'Date, Withdrawal (Debit) और Deposit (Credit) कॉलम वाली शीर्षक पंक्ति नहीं मिली: बैंक की साइट से स्टेटमेंट CSV में डाउनलोड करें',
  },
  'bank.noTransactions': { en: 'The statement has no transactions', hi: 'स्टेटमेंट में कोई लेन-देन नहीं है' },
  'bank.alreadyImported': {
    en: 'Every line of {file} was imported before: this statement is already in the books',
    hi: '{file} की हर पंक्ति पहले आ चुकी है: यह स्टेटमेंट पहले से खातों में है',
  },
  'bank.lineMatched': { en: 'This statement line is already matched; unmatch it first', hi: 'स्टेटमेंट की यह पंक्ति पहले से मिलाई हुई है; पहले उसे अलग करें' },
  'bank.lineNotMatched': { en: 'This statement line is not matched', hi: 'स्टेटमेंट की यह पंक्ति मिलाई नहीं गई है' },
  'bank.otherAccount': { en: 'That entry line is on {entryAccount}, not on {account}', hi: 'एंट्री की वह पंक्ति {entryAccount} में है, {account} में नहीं' },
  'bank.entryLineMatched': {
    en: 'That entry line is already matched to another statement line',
    hi: 'एंट्री की वह पंक्ति पहले से स्टेटमेंट की दूसरी पंक्ति से मिलाई हुई है',
  },
  'bank.amountsDiffer': {
    en: 'The amounts differ: the statement says {statement}, the books {books}',
    hi: 'रकम अलग है: स्टेटमेंट में {statement}, खातों में {books}',
  },
  'bank.otherSide': {
    en: 'Name the other side of the entry, not the bank account itself',
    hi: 'एंट्री का दूसरा खाता चुनें, बैंक खाता खुद नहीं',
  },
  'bank.chooseCustomer': { en: 'Choose the customer this is from or to', hi: 'वह ग्राहक चुनें जिससे या जिसे यह रकम है' },
  'bank.chooseSupplier': { en: 'Choose the supplier this is from or to', hi: 'वह सप्लायर चुनें जिससे या जिसे यह रकम है' },
} as const satisfies Record<`bank.${string}`, Text>;
