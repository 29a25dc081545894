import type { Text } from './text';

/** The counter's refusals: lines, prices, discounts, payments, bill numbers. */
export const BILLING = {
  'billing.qtyNotPositive': { en: 'Quantity of {product} must be more than 0', hi: '{product} की मात्रा 0 से ज़्यादा होनी चाहिए' },
  'billing.wholePieces': { en: '{product} is sold in whole pieces', hi: '{product} पूरे नग में ही बिकता है' },
  'billing.priceNegative': { en: 'Price of {product} cannot be below 0', hi: '{product} की कीमत 0 से कम नहीं हो सकती' },
  'billing.priceAboveMrp': { en: '{product}: price {price} is above the MRP {mrp}', hi: '{product}: कीमत {price} एमआरपी {mrp} से ज़्यादा है' },
  'billing.priceWithTaxAboveMrp': {
    en: '{product}: price {price} with tax is above the MRP {mrp}',
    hi: '{product}: टैक्स सहित कीमत {price} एमआरपी {mrp} से ज़्यादा है',
  },
  'billing.lineDiscountRange': {
    en: 'Discount on {product} must be between 0 and the line amount',
    hi: '{product} पर छूट 0 और उस पंक्ति की रकम के बीच होनी चाहिए',
  },
  'billing.billDiscountRange': { en: 'The bill discount must be between 0 and the bill amount', hi: 'बिल पर छूट 0 और बिल की रकम के बीच होनी चाहिए' },
  'billing.billTooLarge': {
    en: 'A bill can be at most {max}; check the quantities and prices',
    hi: 'एक बिल ज़्यादा से ज़्यादा {max} का हो सकता है; मात्रा और कीमतें जाँचें',
  },
  'billing.emptyBill': { en: 'A bill needs at least one item', hi: 'बिल में कम से कम एक सामान होना चाहिए' },
  'billing.compositionInterState': {
    en: 'A composition shop cannot sell to another state',
    hi: 'कंपोज़िशन वाली दुकान दूसरे राज्य में बिक्री नहीं कर सकती',
  },
  'billing.paymentNotPositive': { en: 'Each payment must be more than 0', hi: 'हर भुगतान 0 से ज़्यादा होना चाहिए' },
  'billing.changeOnlyCash': { en: 'Only cash is handed over with change', hi: 'बाकी पैसे सिर्फ़ नकद भुगतान में लौटाए जाते हैं' },
  'billing.cashShort': { en: 'Cash handed over is less than the cash part of the bill', hi: 'दिया गया नकद बिल के नकद हिस्से से कम है' },
  'billing.creditNeedsCustomer': {
    en: 'Choose the customer before putting a bill on khata (credit)',
    hi: 'बिल खाते (उधार) में डालने से पहले ग्राहक चुनें',
  },
  'billing.paymentsDiffer': { en: 'Payments add up to {paid} but the bill is {payable}', hi: 'भुगतान का जोड़ {paid} है, पर बिल {payable} का है' },
  'billing.badDocNumber': {
    en: 'Number {number} is not valid (at most {max} characters of A-Z, 0-9, - and /)',
    hi: 'नंबर {number} मान्य नहीं है (ज़्यादा से ज़्यादा {max} अक्षर: A-Z, 0-9, - और /)',
  },
  'billing.needsManagerForPrice': {
    en: 'Only a manager or the owner can change the price of {product} or give a discount',
    hi: 'सिर्फ़ मैनेजर या मालिक ही {product} की कीमत बदल सकते हैं या छूट दे सकते हैं',
  },
  'billing.needsManagerForPricing': {
    en: 'Only a manager or the owner can bill with GST added on top of the prices',
    hi: 'सिर्फ़ मैनेजर या मालिक ही कीमतों के ऊपर जीएसटी जोड़कर बिल बना सकते हैं',
  },
  'billing.needsManagerForPlaceOfSupply': {
    en: 'Only a manager or the owner can bill to another state (place of supply {state})',
    hi: 'सिर्फ़ मैनेजर या मालिक ही दूसरे राज्य (सप्लाई का स्थान {state}) के लिए बिल बना सकते हैं',
  },
  'billing.needsManagerForBillDiscount': {
    en: 'Only a manager or the owner can give a bill discount',
    hi: 'सिर्फ़ मैनेजर या मालिक ही बिल पर छूट दे सकते हैं',
  },
  'billing.alreadyCancelled': { en: 'Bill {number} is already cancelled', hi: 'बिल {number} पहले ही रद्द है' },
  'billing.hasReturns': {
    en: 'Bill {number} has returns against it ({notes}); take the rest back with a credit note instead of cancelling',
    hi: 'बिल {number} पर वापसी हो चुकी है ({notes}); रद्द करने के बजाय बाकी सामान क्रेडिट नोट से वापस लें',
  },
  'billing.noBillNumbered': { en: 'No bill numbered {number}', hi: '{number} नंबर का कोई बिल नहीं है' },
  'billing.heldTaken': {
    en: 'This held bill was already taken up at another counter',
    hi: 'यह रुका बिल किसी दूसरे काउंटर पर पहले ही खोल लिया गया है',
  },
} as const satisfies Record<`billing.${string}`, Text>;
