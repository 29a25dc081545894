import type { Text } from './text';

/** Customers and suppliers. */
export const CUSTOMERS = {
  'customers.needsManagerForCreditLimit': {
    en: 'Only a manager or the owner can give a customer a credit limit; add the customer without one',
    hi: 'सिर्फ़ मैनेजर या मालिक ही ग्राहक की उधार सीमा तय कर सकते हैं; ग्राहक को बिना सीमा के जोड़ें',
  },
  'customers.phoneTaken': { en: 'A customer with phone {phone} already exists', hi: 'फ़ोन {phone} वाला ग्राहक पहले से है' },
} as const satisfies Record<`customers.${string}`, Text>;

export const SUPPLIERS = {
  'suppliers.gstinTaken': { en: '{supplier} already has GSTIN {gstin}', hi: '{supplier} के पास पहले से जीएसटीआईएन {gstin} है' },
  'suppliers.needsState': { en: 'Give the supplier’s state (or its GSTIN)', hi: 'सप्लायर का राज्य (या उसका जीएसटीआईएन) दें' },
} as const satisfies Record<`suppliers.${string}`, Text>;
