/** The relay's own words to customers and shops (it cannot use the app's catalogue: it never imports app/core). */
export type Lang = 'en' | 'hi';

const WORDS = {
  unknownShop: { en: 'There is no shop at this address. Check the link the shop sent you.', hi: 'इस पते पर कोई दुकान नहीं है। दुकान का भेजा लिंक जाँचें।' },
  notFound: { en: 'This page does not exist.', hi: 'यह पेज नहीं है।' },
  orderNotFound: { en: 'This order was not found. Open it from the link you got when you placed it.', hi: 'यह ऑर्डर नहीं मिला। ऑर्डर करते समय मिले लिंक से खोलें।' },
  badOrder: { en: 'The order is not complete: check the name, items and address.', hi: 'ऑर्डर अधूरा है: नाम, सामान और पता जाँचें।' },
  badPhone: { en: 'Mobile number: enter 10 digits starting with 6, 7, 8 or 9.', hi: 'मोबाइल नंबर: 6, 7, 8 या 9 से शुरू होने वाले 10 अंक डालें।' },
  productGone: { en: 'An item in your cart is no longer sold here. Refresh the page.', hi: 'आपकी टोकरी का एक सामान अब यहाँ नहीं बिकता। पेज दोबारा खोलें।' },
  priceChanged: {
    en: 'A price has changed since you opened the page. Refresh to see the new price.',
    hi: 'पेज खोलने के बाद एक दाम बदल गया है। नया दाम देखने के लिए पेज दोबारा खोलें।',
  },
  tooMany: { en: 'Too many orders from this number in the last hour. Please call the shop.', hi: 'इस नंबर से पिछले एक घंटे में बहुत ऑर्डर आए। कृपया दुकान पर फ़ोन करें।' },
  tooLarge: { en: 'The order is too large.', hi: 'ऑर्डर बहुत बड़ा है।' },
  notSigned: { en: 'Not signed by this shop.', hi: 'इस दुकान का हस्ताक्षर नहीं है।' },
  slugTaken: { en: 'Another shop already uses this web address.', hi: 'यह वेब पता दूसरी दुकान ले चुकी है।' },
  badCatalog: { en: 'The catalog could not be read.', hi: 'कैटलॉग पढ़ा नहीं जा सका।' },
  tooManyOtps: { en: 'Too many codes sent to this number. Try again in 15 minutes.', hi: 'इस नंबर पर बहुत कोड भेजे जा चुके। 15 मिनट बाद फिर कोशिश करें।' },
  otpExpired: { en: 'The code has expired. Ask for a new one.', hi: 'कोड की अवधि खत्म हो गई। नया कोड मँगाएँ।' },
  otpWrong: { en: 'The code is not right. Check the message and try again.', hi: 'कोड सही नहीं है। संदेश देखकर फिर डालें।' },
  phoneUnverified: { en: 'Verify your mobile number with the code first.', hi: 'पहले कोड से अपना मोबाइल नंबर पक्का करें।' },
  tooManyStreams: {
    en: 'Too many pages are following orders from here. This page checks every few seconds instead.',
    hi: 'यहाँ से बहुत पेज ऑर्डर देख रहे हैं। यह पेज हर कुछ सेकंड में जाँच करेगा।',
  },
  internal: { en: 'The server could not answer. Try again in a minute.', hi: 'सर्वर जवाब नहीं दे सका। एक मिनट बाद फिर कोशिश करें।' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Word = keyof typeof WORDS;
export const say = (lang: Lang, word: Word) => WORDS[word][lang];
