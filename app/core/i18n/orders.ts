import type { Text } from './text';

/** The web catalog's orders: every refusal names the field or the product, in the customer's words. */
export const ORDERS = {
  'orders.closed': { en: 'The shop is not taking orders online right now', hi: 'दुकान अभी ऑनलाइन ऑर्डर नहीं ले रही है' },
  'orders.noDelivery': { en: 'Delivery: this shop does not deliver; choose pickup', hi: 'डिलीवरी: यह दुकान डिलीवरी नहीं करती; दुकान से लेना चुनें' },
  'orders.noPickup': { en: 'Pickup: this shop only delivers', hi: 'दुकान से लेना: यह दुकान केवल डिलीवरी करती है' },
  'orders.noCod': { en: 'Payment: this shop takes UPI only', hi: 'भुगतान: यह दुकान केवल यूपीआई लेती है' },
  'orders.addressShort': { en: 'Address: write the full address for delivery', hi: 'पता: डिलीवरी के लिए पूरा पता लिखें' },
  'orders.slotUnknown': { en: 'Delivery slot: choose one of the shop’s slots', hi: 'डिलीवरी का समय: दुकान के दिए समय में से एक चुनें' },
  'orders.lineTwice': { en: 'Cart: an item is in the cart twice', hi: 'कार्ट: एक सामान कार्ट में दो बार है' },
  'orders.productGone': { en: 'Cart: an item is no longer sold; remove it', hi: 'कार्ट: एक सामान अब नहीं बिकता; उसे हटाएँ' },
  'orders.priceChanged': { en: 'Price: {product} now costs {price}; check your cart', hi: 'कीमत: {product} अब {price} का है; कार्ट देखें' },
  'orders.aboveStock': { en: 'Quantity: only {available} of {product} left', hi: 'मात्रा: {product} केवल {available} बचे हैं' },
  'orders.belowMinimum': { en: 'Cart: the smallest order is {minimum}', hi: 'कार्ट: कम से कम {minimum} का ऑर्डर करें' },
  'orders.otpWrong': { en: 'OTP: the code does not match; check the message', hi: 'ओटीपी: कोड मेल नहीं खाता; संदेश देखें' },
  'orders.otpExpired': { en: 'OTP: the code has expired; ask for a new one', hi: 'ओटीपी: कोड की समय-सीमा खत्म; नया कोड मँगाएँ' },
  'orders.phoneUnverified': { en: 'Phone: verify your number with the OTP first', hi: 'फ़ोन: पहले ओटीपी से नंबर की पुष्टि करें' },
  'orders.tooManyOtps': { en: 'OTP: too many codes asked for; wait {minutes} minutes', hi: 'ओटीपी: बहुत बार कोड माँगा; {minutes} मिनट रुकें' },
  'orders.tooManyOrders': { en: 'Too many orders from this phone or address; call the shop', hi: 'इस फ़ोन या पते से बहुत ऑर्डर; दुकान को फ़ोन करें' },
  'orders.keyReused': { en: 'This order was already placed with different items', hi: 'यह ऑर्डर पहले ही दूसरे सामान के साथ दिया जा चुका है' },
  'orders.notFound': { en: 'Order: no such order', hi: 'ऑर्डर: ऐसा कोई ऑर्डर नहीं है' },
  'orders.cannotMove': { en: 'Order {number} is {status}; it cannot be marked {next}', hi: 'ऑर्डर {number} {status} है; इसे {next} नहीं किया जा सकता' },
  'orders.reasonNeeded': { en: 'Reason: say why the order is cancelled', hi: 'कारण: ऑर्डर रद्द करने का कारण लिखें' },
  'orders.billWhen': { en: 'Order {number} is {status}: accept it before billing', hi: 'ऑर्डर {number} {status} है: बिल से पहले स्वीकार करें' },
  'orders.ownerConfirms': {
    en: 'Price: {product} costs more today; a manager or the owner confirms billing at today’s price',
    hi: 'कीमत: {product} आज महँगा है; आज की कीमत पर बिल मैनेजर या मालिक ही तय करें',
  },
  'orders.badRequest': { en: 'The order could not be read; reload the page and try again', hi: 'ऑर्डर पढ़ा नहीं जा सका; पेज दोबारा खोलकर फिर कोशिश करें' },
} as const satisfies Record<`orders.${string}`, Text>;
