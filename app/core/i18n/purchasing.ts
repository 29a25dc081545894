import type { Text } from './text';

/** Buying's refusals: purchase bills, orders and returns to the supplier. */
export const PURCHASING = {
  'purchasing.emptyBill': { en: 'A purchase bill needs at least one item', hi: 'खरीद बिल में कम से कम एक सामान होना चाहिए' },
  'purchasing.qtyNotPositive': { en: 'Quantity of {product} must be more than 0', hi: '{product} की मात्रा 0 से ज़्यादा होनी चाहिए' },
  'purchasing.freeNegative': { en: 'Free quantity of {product} cannot be below 0', hi: '{product} की मुफ़्त मात्रा 0 से कम नहीं हो सकती' },
  'purchasing.wholePieces': { en: '{product} comes in whole pieces', hi: '{product} पूरे नग में आता है' },
  'purchasing.costNegative': { en: 'Cost of {product} cannot be negative', hi: '{product} की लागत 0 से कम नहीं हो सकती' },
  'purchasing.discountRange': {
    en: 'Discount on {product} must be between 0 and the line amount',
    hi: '{product} पर छूट 0 और उस पंक्ति की रकम के बीच होनी चाहिए',
  },
  'purchasing.mrpNegative': { en: 'MRP of {product} cannot be negative', hi: '{product} का एमआरपी 0 से कम नहीं हो सकता' },
  'purchasing.badDate': { en: 'A date of {product} is not a real date', hi: '{product} की एक तारीख सही नहीं है' },
  'purchasing.expiryBeforeMfg': {
    en: '{product}: expiry {expiry} is before manufacture {mfg}',
    hi: '{product}: एक्सपायरी {expiry} बनने की तारीख {mfg} से पहले है',
  },
  'purchasing.mfgAfterBill': {
    en: '{product}: manufacture date {mfg} is after the bill date {bill}',
    hi: '{product}: बनने की तारीख {mfg} बिल की तारीख {bill} के बाद है',
  },
  'purchasing.expiredOnArrival': {
    en: '{product}: the batch expired on {expiry}, before it was received',
    hi: '{product}: यह बैच {expiry} को एक्सपायर हो चुका था, माल आने से पहले',
  },
  'purchasing.totalMismatch': {
    en: 'The supplier’s bill says {supplierTotal} but the lines come to {ourTotal}: check quantities, costs and free goods',
    hi: 'सप्लायर के बिल में {supplierTotal} है पर पंक्तियों का जोड़ {ourTotal} है: मात्रा, लागत और मुफ़्त माल जाँचें',
  },
  'purchasing.billTwice': { en: 'Bill {number} of {supplier} is already entered', hi: '{supplier} का बिल {number} पहले ही दर्ज है' },
  'purchasing.orderOtherSupplier': {
    en: 'Order {number} is to {orderSupplier}, not {supplier}',
    hi: 'ऑर्डर {number} {orderSupplier} को दिया गया है, {supplier} को नहीं',
  },
  'purchasing.orderCancelled': { en: 'Order {number} is cancelled', hi: 'ऑर्डर {number} रद्द है' },
  'purchasing.orderReceived': { en: 'Order {number} is already received in full', hi: 'ऑर्डर {number} का पूरा माल आ चुका है' },
  'purchasing.orderAlreadyCancelled': { en: 'Order {number} is already cancelled', hi: 'ऑर्डर {number} पहले ही रद्द है' },
  'purchasing.orderHasReceipts': {
    en: 'Goods were received against {number}; it cannot be cancelled',
    hi: '{number} पर माल आ चुका है; इसे रद्द नहीं किया जा सकता',
  },
  'purchasing.orderedInPieces': { en: '{product} is ordered in whole pieces', hi: '{product} पूरे नग में ऑर्डर होता है' },
  'purchasing.returnAgainstBill': {
    en: 'Goods are returned against a purchase bill, not a debit note',
    hi: 'माल खरीद बिल के सामने लौटाया जाता है, डेबिट नोट के सामने नहीं',
  },
  'purchasing.batchNotOnBill': { en: 'That batch did not come on bill {number}', hi: 'वह बैच बिल {number} में नहीं आया था' },
  'purchasing.returnQtyNotPositive': { en: 'Line {line}: return a quantity above 0', hi: 'पंक्ति {line}: 0 से ज़्यादा मात्रा लौटाएँ' },
  'purchasing.returnedInPieces': { en: '{product} is returned in whole pieces', hi: '{product} पूरे नग में लौटाया जाता है' },
  'purchasing.returnMoreThanBill': {
    en: 'Only {left} of {product} from this bill can still go back',
    hi: 'इस बिल का {product} अब सिर्फ़ {left} ही लौटाया जा सकता है',
  },
  'purchasing.returnMoreThanLot': {
    en: 'Only {left} of {product} from this batch is on hand',
    hi: 'इस बैच का {product} सिर्फ़ {left} ही स्टॉक में है',
  },
} as const satisfies Record<`purchasing.${string}`, Text>;
