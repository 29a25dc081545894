import type { Text } from './text';

/**
 * What is wrong with a param, one message per kind of zod issue; {field} is the field's label
 * (fields.ts) in the caller's language. The Hindi is worded as an instruction ("… भरें", "… रखें")
 * so it reads right whatever the gender of the field's name.
 */
export const PARAMS = {
  'params.rootNotObject': { en: 'The details sent are not in the right form', hi: 'भेजी गई जानकारी सही रूप में नहीं है' },
  'params.missing': { en: '{field} is missing', hi: '{field} भरें' },
  'params.notNumber': { en: '{field} must be a number', hi: '{field} में संख्या लिखें' },
  'params.notWhole': { en: '{field} must be a whole number', hi: '{field} में पूरी संख्या लिखें' },
  'params.notText': { en: '{field} must be text', hi: '{field} में शब्द लिखें' },
  'params.notList': { en: '{field} must be a list', hi: '{field} की सूची दें' },
  'params.notYesNo': { en: '{field} must be yes or no', hi: '{field} में हाँ या नहीं चुनें' },
  'params.wrongType': { en: '{field} is not in the right form', hi: '{field} सही रूप में नहीं है' },
  'params.atLeast': { en: '{field} must be at least {min}', hi: '{field} कम से कम {min} रखें' },
  'params.moreThan': { en: '{field} must be more than {min}', hi: '{field} {min} से ज़्यादा रखें' },
  'params.atMost': { en: '{field} must be at most {max}', hi: '{field} ज़्यादा से ज़्यादा {max} रखें' },
  'params.lessThan': { en: '{field} must be less than {max}', hi: '{field} {max} से कम रखें' },
  'params.empty': { en: '{field} must not be empty', hi: '{field} खाली न छोड़ें' },
  'params.tooShort': { en: '{field} must have at least {min} characters', hi: '{field} में कम से कम {min} अक्षर लिखें' },
  'params.tooLong': { en: '{field} can have at most {max} characters', hi: '{field} में ज़्यादा से ज़्यादा {max} अक्षर लिखें' },
  'params.exactLength': { en: '{field} must be {length} characters', hi: '{field} में पूरे {length} अक्षर लिखें' },
  'params.listEmpty': { en: '{field}: add at least one', hi: '{field}: कम से कम एक जोड़ें' },
  'params.listTooShort': { en: '{field}: add at least {min}', hi: '{field}: कम से कम {min} जोड़ें' },
  'params.listTooLong': { en: '{field} can have at most {max}', hi: '{field} में ज़्यादा से ज़्यादा {max} रखें' },
  'params.format': { en: '{field} must be {hint}', hi: '{field}: {hint} लिखें' },
  'params.badFormat': { en: '{field} is not in the right form', hi: '{field} सही रूप में नहीं है' },
  'params.notChoice': { en: '{field} is not one of the choices', hi: '{field} के लिए यह विकल्प मान्य नहीं है' },
  'params.notMultiple': { en: '{field} must be a multiple of {step}', hi: '{field} {step} के गुणज में रखें' },
  'params.unknown': { en: '“{name}” is not accepted here; nothing was saved', hi: '“{name}” यहाँ स्वीकार नहीं है; कुछ सेव नहीं हुआ' },
  'params.unknownSuggest': {
    en: '“{name}” is not accepted here: did you mean {suggestion}? Nothing was saved',
    hi: '“{name}” यहाँ स्वीकार नहीं है: क्या आपका मतलब {suggestion} था? कुछ सेव नहीं हुआ',
  },
  'params.unknownIn': { en: '{field}: “{name}” is not accepted; nothing was saved', hi: '{field}: “{name}” स्वीकार नहीं है; कुछ सेव नहीं हुआ' },
  'params.unknownInSuggest': {
    en: '{field}: “{name}” is not accepted: did you mean {suggestion}? Nothing was saved',
    hi: '{field}: “{name}” स्वीकार नहीं है: क्या आपका मतलब {suggestion} था? कुछ सेव नहीं हुआ',
  },
  'params.invalid': { en: '{field} is not valid', hi: '{field} सही नहीं है' },
  'params.notADate': { en: '{field}: {value} is not a date on the calendar', hi: '{field}: {value} कैलेंडर की तारीख नहीं है' },
  'params.onLine': { en: '{field} (line {line})', hi: '{field} (पंक्ति {line})' },
  'params.onPayment': { en: '{field} (payment {line})', hi: '{field} (भुगतान {line})' },
} as const satisfies Record<`params.${string}`, Text>;

/** How a text field should look, by its pattern in the contract (the regex's source). */
export const FORMATS = {
  'format.date': { en: 'a date like 2026-11-24', hi: '2026-11-24 जैसी तारीख' },
  'format.mobile': { en: 'a 10-digit mobile number', hi: '10 अंकों का मोबाइल नंबर' },
  'format.pin': { en: '4 to 8 digits', hi: '4 से 8 अंक' },
  'format.newPin': { en: '4 or 6 digits', hi: '4 या 6 अंक' },
  'format.stateCode': { en: 'a two-digit state code like 23', hi: '23 जैसा दो अंकों का राज्य कोड' },
  'format.upiId': { en: 'a UPI ID like shop@bank', hi: 'shop@bank जैसी यूपीआई आईडी' },
  'format.barcode': { en: '4 to 32 letters or digits', hi: '4 से 32 अक्षर या अंक' },
  'format.hsn': { en: '4, 6 or 8 digits', hi: '4, 6 या 8 अंक' },
  'format.plu': { en: '1 to 6 digits', hi: '1 से 6 अंक' },
  'format.relayUrl': { en: 'an address like wss://relay.example.in/sync', hi: 'wss://relay.example.in/sync जैसा पता' },
  'format.scalePrefix': { en: 'two digits starting with 2', hi: '2 से शुरू होने वाले दो अंक' },
  'format.labelPrefix': { en: '2 to 4 digits starting with 2', hi: '2 से शुरू होने वाले 2 से 4 अंक' },
  'format.accountCode': { en: 'an account code like CASH or RENT', hi: 'CASH या RENT जैसा खाता कोड' },
  'format.returnPeriod': {
    en: 'a month like 112026 or a financial year like 2026-27',
    hi: '112026 जैसा महीना या 2026-27 जैसा वित्त वर्ष',
  },
  'format.base64': { en: 'a file’s contents in base64', hi: 'base64 में फ़ाइल की सामग्री' },
  'format.financialYear': { en: 'a financial year like 2026-27', hi: '2026-27 जैसा वित्त वर्ष' },
  'format.backupFile': { en: 'a backup’s name as listed, ending in .sqlite', hi: 'सूची में दिखा बैकअप का नाम, .sqlite पर ख़त्म' },
} as const satisfies Record<`format.${string}`, Text>;

/** The contract's patterns (RegExp.source) and the hint for each; a test checks every pattern has one. */
export const PATTERN_HINTS: Readonly<Record<string, keyof typeof FORMATS>> = {
  '^\\d{4}-\\d{2}-\\d{2}$': 'format.date',
  '^[A-Za-z0-9._-]+\\.sqlite$': 'format.backupFile',
  '^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$': 'format.base64',
  '^[6-9]\\d{9}$': 'format.mobile',
  '^$|^[6-9]\\d{9}$': 'format.mobile',
  '^\\d{4,8}$': 'format.pin',
  '^(\\d{4}|\\d{6})$': 'format.newPin',
  '^\\d{2}$': 'format.stateCode',
  '^[\\w.-]+@[\\w.-]+$': 'format.upiId',
  '^[A-Za-z0-9\\-.]{4,32}$': 'format.barcode',
  '^(\\d{4}|\\d{6}|\\d{8})$': 'format.hsn',
  '^\\d{1,6}$': 'format.plu',
  '^wss?:\\/\\/[^\\s/?#]+(\\/[^\\s?#]*)?$': 'format.relayUrl',
  '^2\\d$': 'format.scalePrefix',
  '^2\\d{1,3}$': 'format.labelPrefix',
  '^[A-Z0-9_]{2,32}$': 'format.accountCode',
  '^(0[1-9]|1[0-2])\\d{4}$|^\\d{4}-\\d{2}$': 'format.returnPeriod',
  '^\\d{4}-\\d{2}$': 'format.financialYear',
};
