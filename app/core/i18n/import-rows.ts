import type { Text } from './text';

/** Why a row of an imported file is left out (or is a product the catalogue has), said per row in the preview. */
export const IMPORT_ROWS = {
  'importRow.notUtf8': {
    en: 'The text is not valid UTF-8 (the file may be saved as ANSI/Windows-1252: choose that encoding)',
    hi: 'लिखावट मान्य UTF-8 नहीं है (फ़ाइल ANSI/Windows-1252 में सेव हो सकती है: वह एन्कोडिंग चुनें)',
  },
  'importRow.noName': { en: 'No product name', hi: 'सामान का नाम नहीं है' },
  'importRow.nameTooLong': { en: 'Name is {length} characters; at most 200', hi: 'नाम {length} अक्षरों का है; अधिकतम 200' },
  'importRow.mrpNotAmount': { en: 'MRP "{text}" is not an amount in rupees', hi: 'MRP "{text}" रुपये की रकम नहीं है' },
  'importRow.priceNotAmount': { en: 'Price "{text}" is not an amount in rupees', hi: 'दाम "{text}" रुपये की रकम नहीं है' },
  'importRow.costNotAmount': { en: 'Cost "{text}" is not an amount in rupees', hi: 'लागत "{text}" रुपये की रकम नहीं है' },
  'importRow.negativeAmount': { en: '"{text}" is negative: an amount in rupees cannot be', hi: '"{text}" ऋणात्मक (शून्य से कम) है: रुपये की रकम ऐसी नहीं हो सकती' },
  'importRow.priceAboveMrp': { en: 'Price {price} is above MRP {mrp}', hi: 'दाम {price} MRP {mrp} से ज़्यादा है' },
  'importRow.barcodeChars': { en: 'Barcode "{barcode}" is not 4–32 letters or digits', hi: 'बारकोड "{barcode}" 4–32 अक्षरों या अंकों का नहीं है' },
  'importRow.barcodeLength': {
    en: 'Barcode {barcode} has {digits} digits; EAN-13 has 13, EAN-8 8, UPC-A 12',
    hi: 'बारकोड {barcode} में {digits} अंक हैं; EAN-13 में 13, EAN-8 में 8, UPC-A में 12 होते हैं',
  },
  'importRow.barcodeCheckDigit': { en: 'Barcode {barcode} has a wrong check digit', hi: 'बारकोड {barcode} का आखिरी (जाँच) अंक गलत है' },
  'importRow.barcodeTwice': { en: 'Barcode {barcode} is also on line {line}', hi: 'बारकोड {barcode} पंक्ति {line} पर भी है' },
  'importRow.barcodeTaken': { en: 'Barcode {barcode} already belongs to {product}', hi: 'बारकोड {barcode} पहले से {product} का है' },
  'importRow.hsnDigits': { en: 'HSN "{hsn}" must have 4, 6 or 8 digits', hi: 'HSN "{hsn}" में 4, 6 या 8 अंक होने चाहिए' },
  'importRow.gstSlab': {
    en: 'GST rate "{rate}" is not a GST slab (0, 0.25, 1.5, 3, 5, 12, 18, 28, 40 %)',
    hi: 'GST दर "{rate}" कोई GST स्लैब नहीं है (0, 0.25, 1.5, 3, 5, 12, 18, 28, 40 %)',
  },
  'importRow.cess': { en: 'Cess "{cess}" is not a percentage', hi: 'सेस "{cess}" प्रतिशत नहीं है' },
  'importRow.unit': {
    en: 'Unit "{unit}" is not one of pcs, kg, l, g, ml, pack, box, dozen',
    hi: 'इकाई "{unit}" इनमें से नहीं है: pcs, kg, l, g, ml, pack, box, dozen',
  },
  'importRow.notQuantity': { en: '"{text}" is not a quantity', hi: '"{text}" मात्रा नहीं है' },
  'importRow.sameAsLine': {
    en: 'Same product (name, brand, pack size, MRP and price) as line {line}',
    hi: 'पंक्ति {line} वाला ही सामान (नाम, ब्रांड, पैक साइज़, MRP और दाम)',
  },
  'importRow.inCatalogue': { en: 'Already in the catalogue as {product}', hi: 'सूची में पहले से {product} के नाम से है' },
  'importRow.quoteNeverClosed': {
    en: 'A quote opened here is never closed: lines {first}–{last} were read as one row and are left out',
    hi: 'यहाँ खुला उद्धरण चिह्न (") कभी बंद नहीं हुआ: पंक्तियाँ {first}–{last} एक ही पंक्ति पढ़ी गईं और छोड़ दी गईं',
  },
  'importRow.quoteOutOfPlace': { en: 'A quote is out of place ({detail})', hi: 'एक उद्धरण चिह्न (") गलत जगह है ({detail})' },
  'importRow.valueCount': {
    en: 'Has {count} values where the header has {headers} (a comma or quote out of place?)',
    hi: 'इसमें {count} मान हैं जबकि शीर्षक में {headers} (कोई कॉमा या उद्धरण चिह्न गलत जगह?)',
  },
  'importRow.notXlsx': { en: 'This is not an Excel workbook (.xlsx) that can be read', hi: 'यह पढ़ी जा सकने वाली Excel वर्कबुक (.xlsx) नहीं है' },
} as const satisfies Record<`importRow.${string}`, Text>;
