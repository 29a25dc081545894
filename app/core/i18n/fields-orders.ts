import type { Text } from './text';

/** The web shop's and orders' param fields, by the names a customer and the owner know them by (see FIELDS). */
export const ORDER_FIELDS = {
  'field.slot': { en: 'Delivery slot', hi: 'डिलीवरी का समय' },
  'field.qty': { en: 'Quantity', hi: 'मात्रा' },
  'field.fulfilment': { en: 'Pickup or delivery', hi: 'दुकान से लेना या डिलीवरी' },
  'field.payment': { en: 'Payment', hi: 'भुगतान' },
  'field.idempotencyKey': { en: 'Order key', hi: 'ऑर्डर कुंजी' },
  'field.phoneToken': { en: 'Phone check (OTP)', hi: 'फ़ोन जाँच (ओटीपी)' },
  'field.which': { en: 'Which orders', hi: 'कौन से ऑर्डर' },
  'field.counterPrices': { en: 'Bill at today’s prices', hi: 'आज की कीमत पर बिल' },
  'field.hours': { en: 'Opening hours', hi: 'खुलने का समय' },
  'field.deliveryArea': { en: 'Delivery area', hi: 'डिलीवरी क्षेत्र' },
  'field.pickup': { en: 'Pickup', hi: 'दुकान से लेना' },
  'field.delivery': { en: 'Delivery', hi: 'डिलीवरी' },
  'field.slots': { en: 'Delivery slots', hi: 'डिलीवरी के समय' },
  'field.label': { en: 'Slot name', hi: 'समय का नाम' },
  'field.labelHi': { en: 'Slot name in Hindi', hi: 'समय का हिंदी नाम' },
  'field.minOrderPaise': { en: 'Smallest order', hi: 'कम से कम ऑर्डर' },
  'field.deliveryFeePaise': { en: 'Delivery fee', hi: 'डिलीवरी शुल्क' },
  'field.freeDeliveryFromPaise': { en: 'Free delivery from', hi: 'मुफ़्त डिलीवरी इतने से' },
  'field.cashOnDelivery': { en: 'Cash on delivery', hi: 'डिलीवरी पर नकद' },
  'field.whatsapp': { en: 'WhatsApp number', hi: 'व्हाट्सऐप नंबर' },
  'field.url': { en: 'Catalog address', hi: 'कैटलॉग का पता' },
} as const satisfies Record<`field.${string}`, Text>;
