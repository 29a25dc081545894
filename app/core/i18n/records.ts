import type { Text } from './text';

/**
 * "Not found" for each kind of record, named as the shop names it. An id is never said: the
 * person asked for something they saw on a screen, so "that product" is what they know.
 */
export const RECORDS = {
  'notFound.product': { en: 'That product was not found', hi: 'वह सामान नहीं मिला' },
  'notFound.customer': { en: 'That customer was not found', hi: 'वह ग्राहक नहीं मिला' },
  'notFound.supplier': { en: 'That supplier was not found', hi: 'वह सप्लायर नहीं मिला' },
  'notFound.user': { en: 'That user was not found', hi: 'वह उपयोगकर्ता नहीं मिला' },
  'notFound.invoice': { en: 'That bill was not found', hi: 'वह बिल नहीं मिला' },
  'notFound.creditNote': { en: 'That credit note was not found', hi: 'वह क्रेडिट नोट नहीं मिला' },
  'notFound.consolidatedInvoice': { en: 'That day has no consolidated invoice', hi: 'उस दिन का कोई संयुक्त बिल नहीं है' },
  'notFound.purchaseOrder': { en: 'That purchase order was not found', hi: 'वह खरीद ऑर्डर नहीं मिला' },
  'notFound.purchaseBill': { en: 'That purchase bill was not found', hi: 'वह खरीद बिल नहीं मिला' },
  'notFound.debitNote': { en: 'That debit note was not found', hi: 'वह डेबिट नोट नहीं मिला' },
  'notFound.lot': { en: 'That batch was not found', hi: 'वह बैच नहीं मिला' },
  'notFound.stockTake': { en: 'That stock count was not found', hi: 'वह स्टॉक गिनती नहीं मिली' },
  'notFound.import': { en: 'That upload was not found; choose the file again', hi: 'वह अपलोड नहीं मिला; फ़ाइल फिर से चुनें' },
  'notFound.account': { en: 'That account was not found', hi: 'वह खाता नहीं मिला' },
  'notFound.journalEntry': { en: 'That entry was not found', hi: 'वह एंट्री नहीं मिली' },
  'notFound.journalLine': { en: 'That entry line was not found', hi: 'एंट्री की वह पंक्ति नहीं मिली' },
  'notFound.voucher': { en: 'That voucher was not found', hi: 'वह वाउचर नहीं मिला' },
  'notFound.register': { en: 'That cash drawer session was not found', hi: 'कैश ड्रॉअर का वह सत्र नहीं मिला' },
  'notFound.gstRate': { en: 'That GST rate was not found', hi: 'वह जीएसटी दर नहीं मिली' },
  'notFound.statementLine': { en: 'That bank statement line was not found', hi: 'बैंक स्टेटमेंट की वह पंक्ति नहीं मिली' },
} as const satisfies Record<`notFound.${string}`, Text>;
