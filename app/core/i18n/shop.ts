import type { Text } from './text';

/** The shop's identity and numbering, as the set-up and Settings → Shop check them. Each names its field. */
export const SHOP_IDENTITY = {
  'shop.nameEmpty': { en: 'Shop name: enter the name on the signboard', hi: 'दुकान का नाम: बोर्ड पर लिखा नाम डालें' },
  'shop.stateUnknown': { en: 'State: choose the shop’s state from the list', hi: 'राज्य: सूची से दुकान का राज्य चुनें' },
  'shop.phoneShape': { en: 'Phone: {phone} is not a phone number (10 digits, like 9826012345)', hi: 'फ़ोन: {phone} फ़ोन नंबर नहीं है (10 अंक, जैसे 9826012345)' },
  'shop.gstinNeeded': {
    en: 'GSTIN: a registered shop (regular or composition) needs its GSTIN',
    hi: 'जीएसटीआईएन: पंजीकृत दुकान (सामान्य या कंपोज़िशन) का जीएसटीआईएन डालें',
  },
  'shop.gstinOtherState': {
    en: 'GSTIN: {gstin} starts with state code {gstinState}, but the shop’s state code is {state}',
    hi: 'जीएसटीआईएन: {gstin} राज्य कोड {gstinState} से शुरू होता है, पर दुकान का राज्य कोड {state} है',
  },
  'shop.vpaShape': {
    en: 'UPI ID: {vpa} is not a UPI ID; it looks like name@bank (for example guptakirana@okaxis)',
    hi: 'यूपीआई आईडी: {vpa} यूपीआई आईडी नहीं है; यह नाम@बैंक जैसी होती है (जैसे guptakirana@okaxis)',
  },
  'shop.payeeEmpty': {
    en: 'UPI payee name: enter the name the customer’s UPI app should show',
    hi: 'यूपीआई पाने वाले का नाम: ग्राहक के यूपीआई ऐप में दिखने वाला नाम डालें',
  },
  'shop.salePrefixShape': {
    en: 'Bill prefix: {prefix} may have only letters, digits, - and / (for example GK/2627)',
    hi: 'बिल उपसर्ग: {prefix} में सिर्फ़ अक्षर, अंक, - और / हो सकते हैं (जैसे GK/2627)',
  },
  'shop.saleNextShape': { en: 'Next bill number: {next} must be digits only, like 0542', hi: 'अगला बिल नंबर: {next} में सिर्फ़ अंक हों, जैसे 0542' },
  'shop.saleNumberTooLong': {
    en: 'Next bill number: {number} has {length} characters; a bill number may have at most 16 (GST rule 46)',
    hi: 'अगला बिल नंबर: {number} में {length} अक्षर हैं; बिल नंबर में ज़्यादा से ज़्यादा 16 हो सकते हैं (जीएसटी नियम 46)',
  },
  'shop.saleNumberUsed': {
    en: 'Next bill number: {number} is already used in {fy}; continue after the last number used',
    hi: 'अगला बिल नंबर: {number} {fy} में पहले ही इस्तेमाल हो चुका है; आख़िरी इस्तेमाल हुए नंबर के बाद से शुरू करें',
  },
  'shop.creditNotePrefixShape': {
    en: 'Credit note prefix: {prefix} may have only letters, digits, - and / (for example GK/2627)',
    hi: 'क्रेडिट नोट उपसर्ग: {prefix} में सिर्फ़ अक्षर, अंक, - और / हो सकते हैं (जैसे GK/2627)',
  },
  'shop.creditNoteNextShape': { en: 'Next credit note number: {next} must be digits only, like 0542', hi: 'अगला क्रेडिट नोट नंबर: {next} में सिर्फ़ अंक हों, जैसे 0542' },
  'shop.creditNoteNumberTooLong': {
    en: 'Next credit note number: {number} has {length} characters; a bill number may have at most 16 (GST rule 46)',
    hi: 'अगला क्रेडिट नोट नंबर: {number} में {length} अक्षर हैं; बिल नंबर में ज़्यादा से ज़्यादा 16 हो सकते हैं (जीएसटी नियम 46)',
  },
  'shop.creditNoteNumberUsed': {
    en: 'Next credit note number: {number} is already used in {fy}; continue after the last number used',
    hi: 'अगला क्रेडिट नोट नंबर: {number} {fy} में पहले ही इस्तेमाल हो चुका है; आख़िरी इस्तेमाल हुए नंबर के बाद से शुरू करें',
  },
  'shop.seriesSame': {
    en: 'Credit note prefix: credit notes need their own series, not the bills’ prefix {prefix}',
    hi: 'क्रेडिट नोट उपसर्ग: क्रेडिट नोट की अपनी सीरीज़ हो, बिल का उपसर्ग {prefix} नहीं',
  },
  'shop.ownerNameEmpty': { en: 'Owner’s name: enter the owner’s name', hi: 'मालिक का नाम: मालिक का नाम डालें' },
  'shop.pinShape': { en: 'PIN: 4 to 8 digits (6 is safer)', hi: 'पिन: 4 से 8 अंक (6 ज़्यादा सुरक्षित)' },
  'shop.pinTooEasy': { en: 'PIN: this PIN is too easy to guess; choose another', hi: 'पिन: यह पिन आसानी से अंदाज़ा लग जाता है; दूसरा चुनें' },
  'shop.alreadySetUp': { en: 'This shop is already set up: log in with your PIN', hi: 'यह दुकान पहले से सेट है: अपने पिन से लॉग इन करें' },
  'shop.notDemo': { en: 'This is the real shop, not the demo: nothing was changed', hi: 'यह असली दुकान है, डेमो नहीं: कुछ नहीं बदला' },
} as const satisfies Record<`shop.${string}`, Text>;
