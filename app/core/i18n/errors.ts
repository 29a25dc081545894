import type { ErrorCode } from '../contract/errors';
import type { Text } from './text';

/** One message per error code, shown when a failure carries no more precise message key. */
export const ERROR_MESSAGES = {
  'error.BAD_PARAMS': { en: 'Some details are missing or not valid. Please check and try again.', hi: 'कुछ जानकारी अधूरी या गलत है। जाँचकर फिर से कोशिश करें।' },
  'error.UNAUTHENTICATED': { en: 'Please log in with your PIN.', hi: 'कृपया अपने पिन से लॉग इन करें।' },
  'error.WRONG_PIN': { en: 'That PIN is not right.', hi: 'यह पिन सही नहीं है।' },
  'error.PIN_LOCKED': { en: 'Too many wrong PINs. Please wait before trying again.', hi: 'बहुत बार गलत पिन डाला गया। थोड़ी देर बाद कोशिश करें।' },
  'error.FORBIDDEN': { en: 'Your role may not do this. Ask the owner or a manager.', hi: 'आपकी भूमिका में यह अनुमति नहीं है। मालिक या मैनेजर से कहें।' },
  'error.NOT_FOUND': { en: 'That record was not found.', hi: 'यह रिकॉर्ड नहीं मिला।' },
  'error.UNKNOWN_BARCODE': { en: 'No product has this barcode.', hi: 'इस बारकोड का कोई सामान नहीं है।' },
  'error.INVALID_QUANTITY': { en: 'The quantity is not allowed for this item.', hi: 'इस सामान के लिए यह मात्रा मान्य नहीं है।' },
  'error.PRICE_ABOVE_MRP': { en: 'The price may not be more than the MRP.', hi: 'कीमत एमआरपी से ज़्यादा नहीं हो सकती।' },
  'error.INVALID_DISCOUNT': { en: 'The discount is more than the amount, or below zero.', hi: 'छूट रकम से ज़्यादा है या शून्य से कम है।' },
  'error.TENDER_MISMATCH': { en: 'The payments do not add up to the amount to pay.', hi: 'भुगतान देय राशि के बराबर नहीं है।' },
  'error.CUSTOMER_REQUIRED': { en: 'A khata (credit) sale needs a customer.', hi: 'खाते (उधार) की बिक्री के लिए ग्राहक चुनें।' },
  'error.INSUFFICIENT_STOCK': {
    en: 'Not enough stock, and the shop does not allow selling below zero.',
    hi: 'स्टॉक कम है, और दुकान शून्य से नीचे बेचने की अनुमति नहीं देती।',
  },
  'error.INVALID_INPUT': { en: 'A value breaks a rule of the shop or the books.', hi: 'कोई मान दुकान या खातों के नियम के खिलाफ है।' },
  'error.DUPLICATE': { en: 'This already exists.', hi: 'यह पहले से मौजूद है।' },
  'error.ALREADY_CANCELLED': { en: 'This document is already cancelled.', hi: 'यह दस्तावेज़ पहले ही रद्द है।' },
  'error.PERIOD_CLOSED': { en: 'The books are closed for that date.', hi: 'उस तारीख के खाते बंद हो चुके हैं।' },
  'error.CREDIT_LIMIT': { en: 'This would take the customer past the credit limit.', hi: 'इससे ग्राहक की उधार सीमा पार हो जाएगी।' },
  'error.RATE_LIMITED': { en: 'Too many tries. Please wait a little and try again.', hi: 'बहुत बार कोशिश हुई। थोड़ी देर रुककर फिर कोशिश करें।' },
  'error.DB_BUSY': { en: 'The shop file is busy. Nothing was saved; please try again.', hi: 'दुकान की फ़ाइल व्यस्त है। कुछ सेव नहीं हुआ; फिर से कोशिश करें।' },
  'error.DISK_FULL': {
    en: 'The disk is full: free some space; nothing was saved.',
    hi: 'डिस्क भर गई है: कुछ जगह खाली करें; कुछ भी सेव नहीं हुआ।',
  },
  'error.INTERNAL': { en: 'Something went wrong. Nothing was saved; please try again.', hi: 'कुछ गड़बड़ हुई। कुछ सेव नहीं हुआ; फिर से कोशिश करें।' },
} as const satisfies Record<`error.${ErrorCode}`, Text>;
