import type { Text } from './text';

/** Stock's refusals: not enough on the shelf, adjustments, stock counts. */
export const INVENTORY = {
  'inventory.serviceChargeNoStock': {
    en: 'The delivery charge has no stock: it cannot be counted or adjusted',
    hi: 'डिलीवरी शुल्क का कोई स्टॉक नहीं होता: इसे गिना या बदला नहीं जा सकता',
  },
  'inventory.notEnoughStock': { en: 'Only {onHand} of {product} in stock; {wanted} asked', hi: '{product} का स्टॉक सिर्फ़ {onHand} है; {wanted} माँगा गया' },
  'inventory.lineQtyZero': { en: 'Line {line}: the quantity must not be 0', hi: 'पंक्ति {line}: मात्रा 0 नहीं हो सकती' },
  'inventory.countedInPieces': { en: '{product} is counted in whole pieces', hi: '{product} पूरे नग में गिना जाता है' },
  'inventory.productOnce': {
    en: 'A product (and batch) may appear only once in an adjustment',
    hi: 'एक समायोजन में कोई सामान (और बैच) एक ही बार आ सकता है',
  },
  'inventory.takePosted': { en: '{take} is already posted; its counts can no longer change', hi: '{take} पहले ही दर्ज हो चुकी है; अब गिनती नहीं बदल सकती' },
  'inventory.takeCancelled': { en: '{take} is cancelled; its counts can no longer change', hi: '{take} रद्द है; अब गिनती नहीं बदल सकती' },
  'inventory.takeEmpty': { en: '{take} has no counts yet', hi: '{take} में अभी कोई गिनती नहीं है' },
} as const satisfies Record<`inventory.${string}`, Text>;
