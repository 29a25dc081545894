import type { Text } from './text';

/** GST's refusals: GSTINs, rates, return periods, consolidated invoices. */
export const GST = {
  'gst.gstinFormat': {
    en: 'GSTIN {gstin} is not valid: it has 15 characters, like 23AAPFU0939F1ZV',
    hi: 'जीएसटीआईएन {gstin} मान्य नहीं है: इसमें 15 अक्षर होते हैं, जैसे 23AAPFU0939F1ZV',
  },
  'gst.gstinState': {
    en: 'GSTIN {gstin} is not valid: its first two digits are not a state code',
    hi: 'जीएसटीआईएन {gstin} मान्य नहीं है: इसके पहले दो अंक किसी राज्य का कोड नहीं हैं',
  },
  'gst.gstinChecksum': {
    en: 'GSTIN {gstin} is not valid: its last character does not match; check it for a typing mistake',
    hi: 'जीएसटीआईएन {gstin} मान्य नहीं है: आखिरी अक्षर मेल नहीं खाता; टाइपिंग की गलती जाँचें',
  },
  'gst.gstinNotState': {
    en: 'The GSTIN’s first two digits must be the shop’s state code',
    hi: 'जीएसटीआईएन के पहले दो अंक दुकान के राज्य का कोड होने चाहिए',
  },
  'gst.unknownState': { en: 'There is no state with code {code}', hi: 'कोड {code} का कोई राज्य नहीं है' },
  'gst.stateNotGstin': {
    en: 'The state {state} does not match the GSTIN, which is of {gstinState}',
    hi: 'राज्य {state} जीएसटीआईएन से मेल नहीं खाता, जो {gstinState} का है',
  },
  'gst.notSlab': {
    en: '{rate} is not a GST rate on {date}: the rates are {slabs}',
    hi: '{date} को {rate} जीएसटी की दर नहीं है: दरें हैं {slabs}',
  },
  'gst.noSuchMonth': { en: 'There is no month {month}', hi: 'महीना {month} नहीं होता' },
  'gst.notFinancialYear': { en: '{period} is not a financial year (like 2026-27)', hi: '{period} वित्त वर्ष नहीं है (जैसे 2026-27)' },
  'gst.notPeriod': {
    en: '{period} is neither a month (like 112026) nor a financial year (like 2026-27)',
    hi: '{period} न महीना है (जैसे 112026) न वित्त वर्ष (जैसे 2026-27)',
  },
  'gst.badHsn': {
    en: 'HSN {hsn} is not 4, 6 or 8 digits; correct the product first',
    hi: 'एचएसएन {hsn} 4, 6 या 8 अंकों का नहीं है; पहले सामान ठीक करें',
  },
  'gst.productWithoutHsn': {
    en: 'A product has no HSN code; correct the product first',
    hi: 'एक सामान का एचएसएन कोड नहीं है; पहले सामान ठीक करें',
  },
  'gst.nothingMatches': { en: 'No product matches; nothing to change', hi: 'कोई सामान मेल नहीं खाता; बदलने को कुछ नहीं है' },
  'gst.dayNotEnded': {
    en: 'That day has not ended yet: issue its consolidated invoice tomorrow',
    hi: 'वह दिन अभी खत्म नहीं हुआ: उसका संयुक्त बिल कल बनाएँ',
  },
  'gst.dayConsolidated': { en: 'That day already has its consolidated invoice', hi: 'उस दिन का संयुक्त बिल पहले ही बन चुका है' },
  'gst.noSlips': {
    en: 'There are no slips (small bills) left to consolidate on that day',
    hi: 'उस दिन जोड़ने के लिए कोई पर्ची (छोटा बिल) नहीं बची',
  },
  'gst.hsnMasterHeader': {
    en: 'The HSN file needs an HSN code column (HSN_CD or HSNCode) and a Description column; its first row has: {found}',
    hi: 'एचएसएन फ़ाइल में एचएसएन कोड का कॉलम (HSN_CD या HSNCode) और Description कॉलम चाहिए; इसकी पहली पंक्ति में है: {found}',
  },
  'gst.hsnMasterNotXlsx': {
    en: '{file} is not an Excel workbook (.xlsx) that can be read: download HSN_SAC.xlsx from the GST portal again, or choose its HSN sheet saved as CSV',
    hi: '{file} पढ़ी जा सकने वाली Excel वर्कबुक (.xlsx) नहीं है: जीएसटी पोर्टल से HSN_SAC.xlsx फिर से डाउनलोड करें, या उसकी एचएसएन शीट CSV में सहेजकर चुनें',
  },
  'gst.hsnMasterOldExcel': {
    en: '{file} is an old Excel (.xls) file: open it in Excel and save it as .xlsx or CSV',
    hi: '{file} पुरानी Excel (.xls) फ़ाइल है: इसे Excel में खोलकर .xlsx या CSV में सहेजें',
  },
  'gst.hsnMasterNoHsnSheet': {
    en: 'No sheet in {file} has an HSN code column (HSN_CD or HSNCode): choose the GST portal’s HSN_SAC.xlsx, whose HSN_MSTR sheet holds the codes',
    hi: '{file} की किसी शीट में एचएसएन कोड का कॉलम (HSN_CD या HSNCode) नहीं है: जीएसटी पोर्टल की HSN_SAC.xlsx चुनें, जिसकी HSN_MSTR शीट में कोड हैं',
  },
  'gst.hsnMasterEmpty': {
    en: 'The HSN file has no codes with a description: nothing was loaded',
    hi: 'एचएसएन फ़ाइल में विवरण वाला कोई कोड नहीं: कुछ लोड नहीं हुआ',
  },
} as const satisfies Record<`gst.${string}`, Text>;
