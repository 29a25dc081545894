import type { Text } from './text';

/** The catalogue's refusals: barcodes, PLUs, units, imports and labels. */
export const CATALOG = {
  'catalog.serviceChargeFixed': {
    en: 'The delivery charge is not a product for sale: it is billed with web orders and cannot be edited here',
    hi: 'डिलीवरी शुल्क बिकने वाला सामान नहीं है: यह वेब ऑर्डर के बिल में लगता है, यहाँ बदला नहीं जा सकता',
  },
  'catalog.inStorePrefix': {
    en: 'The in-store barcode prefix {prefix} must start with 2 and have 2 to 4 digits',
    hi: 'दुकान के बारकोड का शुरुआती हिस्सा {prefix} 2 से शुरू होना चाहिए और उसमें 2 से 4 अंक होने चाहिए',
  },
  'catalog.inStoreRunOut': {
    en: 'In-store barcodes starting with {prefix} have run out; choose another prefix',
    hi: '{prefix} से शुरू होने वाले दुकान के बारकोड खत्म हो गए; कोई दूसरा शुरुआती हिस्सा चुनें',
  },
  'catalog.labelPrefixOverlapsScale': {
    en: 'The label prefix {prefix} overlaps the weighing scale’s prefixes ({scale})',
    hi: 'लेबल का शुरुआती हिस्सा {prefix} तराज़ू के शुरुआती हिस्सों ({scale}) से टकराता है',
  },
  'catalog.scaleValueDigits': {
    en: 'With a {plu}-digit PLU the value has {digits} digits (or {fewer} after a price-check digit)',
    hi: '{plu} अंकों के पीएलयू के साथ मान में {digits} अंक होते हैं (या कीमत-जाँच अंक के बाद {fewer})',
  },
  'catalog.badCheckDigit': {
    en: 'Barcode {barcode} has a wrong check digit; scan it again or type it carefully',
    hi: 'बारकोड {barcode} का आखिरी (जाँच) अंक गलत है; फिर से स्कैन करें या ध्यान से टाइप करें',
  },
  'catalog.rateNotInForce': {
    en: 'GST rate: {rate} is not a GST rate on {date}; choose one of {rates}',
    hi: 'जीएसटी दर: {date} को {rate} जीएसटी की दर नहीं है; इनमें से चुनें: {rates}',
  },
  'catalog.priceAboveMrp': { en: 'Selling price {price} is above the MRP {mrp}', hi: 'बिक्री कीमत {price} एमआरपी {mrp} से ज़्यादा है' },
  'catalog.barcodeTwice': { en: 'Barcode {barcode} is given twice', hi: 'बारकोड {barcode} दो बार दिया गया है' },
  'catalog.barcodeInScaleRange': {
    en: 'Barcode {barcode} is in the weighing scale’s range ({scale}); it would be read as a weighed item',
    hi: 'बारकोड {barcode} तराज़ू की रेंज ({scale}) में है; इसे तौले गए सामान की तरह पढ़ा जाएगा',
  },
  'catalog.barcodeTaken': { en: 'Barcode {barcode} already belongs to {product}', hi: 'बारकोड {barcode} पहले से {product} का है' },
  'catalog.pluTaken': { en: 'PLU {plu} already belongs to {product}', hi: 'पीएलयू {plu} पहले से {product} का है' },
  'catalog.unitNamesRepeat': { en: 'Each unit needs its own name', hi: 'हर इकाई का अलग नाम होना चाहिए' },
  'catalog.noUnitPrice': {
    en: '{product} has no price per unit, so the amount on this scale label cannot be read',
    hi: '{product} की प्रति इकाई कीमत नहीं है, इसलिए तराज़ू के इस लेबल की रकम नहीं पढ़ी जा सकती',
  },
  'catalog.unknownPlu': { en: 'No product has PLU {plu} (from a scale label)', hi: 'पीएलयू {plu} (तराज़ू के लेबल से) का कोई सामान नहीं है' },
  'catalog.unknownBarcode': { en: 'No product has barcode {barcode}', hi: 'बारकोड {barcode} का कोई सामान नहीं है' },
  'catalog.alreadyImported': { en: '{file} was already imported', hi: '{file} पहले ही आयात हो चुकी है' },
  'catalog.importNotLiveYet': {
    en: '{file} is imported, but the disk filled before all its products were put on sale. Free some space on this computer, then import it again to finish.',
    hi: '{file} आयात हो गई, पर सारे सामान बिक्री में आने से पहले डिस्क भर गई। इस कंप्यूटर पर कुछ जगह खाली करें, फिर पूरा करने के लिए उसे दोबारा आयात करें।',
  },
  'catalog.activeWhileImporting': {
    en: 'Active: {product} is still being imported from {file}; it goes on or off sale once that import is finished',
    hi: 'चालू: {product} अभी {file} से आयात हो रहा है; वह आयात पूरा होने के बाद ही इसे चालू या बंद किया जा सकता है',
  },
  'catalog.importRunning': { en: '{file} is being imported already; wait for it to finish', hi: '{file} का आयात पहले से चल रहा है; उसके पूरा होने तक रुकें' },
  'catalog.noHeaderRow': { en: '{file} has no header row', hi: '{file} में शीर्षक (हेडर) वाली पंक्ति नहीं है' },
  'catalog.chooseNameColumn': { en: 'Choose the column that holds the product name', hi: 'वह कॉलम चुनें जिसमें सामान का नाम है' },
  'catalog.missingColumns': { en: 'The file has no column {columns}', hi: 'फ़ाइल में {columns} कॉलम नहीं है' },
  'catalog.fileType': { en: 'Choose a .csv or .xlsx file', hi: '.csv या .xlsx फ़ाइल चुनें' },
  'catalog.notSpreadsheet': {
    en: '{file} is not a spreadsheet (it looks like {kind}); choose a .csv or .xlsx file',
    hi: '{file} स्प्रेडशीट नहीं है (यह {kind} लगती है); .csv या .xlsx फ़ाइल चुनें',
  },
  'catalog.notOnSale': {
    en: '{product} is not on sale: it has no selling price. Set its price in Catalogue first',
    hi: '{product} बिक्री में नहीं है: इसकी बिक्री कीमत नहीं है। पहले कैटलॉग में कीमत डालें',
  },
  'catalog.gstFixBad': {
    en: 'GST {rate}% is not a GST slab (0, 0.25, 1.5, 3, 5, 12, 18, 28, 40 %)',
    hi: 'जीएसटी {rate}% कोई जीएसटी स्लैब नहीं है (0, 0.25, 1.5, 3, 5, 12, 18, 28, 40 %)',
  },
  'catalog.hsnFixBad': { en: 'HSN "{hsn}" must have 4, 6 or 8 digits', hi: 'एचएसएन "{hsn}" में 4, 6 या 8 अंक होने चाहिए' },
  'catalog.uploadRestart': {
    en: 'The upload went wrong part-way; choose the file again',
    hi: 'अपलोड बीच में गड़बड़ हो गया; फ़ाइल फिर से चुनें',
  },
  'catalog.fileTooLarge': { en: 'The file is larger than {mb} MB', hi: 'फ़ाइल {mb} MB से बड़ी है' },
  'catalog.tooManyColumns': {
    en: 'A row has {columns} columns; a catalogue needs at most {max}',
    hi: 'एक पंक्ति में {columns} कॉलम हैं; कैटलॉग में ज़्यादा से ज़्यादा {max} चाहिए',
  },
  'catalog.tooManyRows': {
    en: 'The file has more than {max} rows: split it into smaller files',
    hi: 'फ़ाइल में {max} से ज़्यादा पंक्तियाँ हैं: इसे छोटी फ़ाइलों में बाँटें',
  },
  'catalog.tooManyCells': {
    en: 'The file has more than {max} cells: split it into smaller files',
    hi: 'फ़ाइल में {max} से ज़्यादा खाने हैं: इसे छोटी फ़ाइलों में बाँटें',
  },
  'catalog.unpacksTooBig': {
    en: 'This workbook unpacks to {mb} MB; at most {max} MB can be read',
    hi: 'यह वर्कबुक खुलकर {mb} MB की होती है; ज़्यादा से ज़्यादा {max} MB पढ़ी जा सकती है',
  },
  'catalog.zipBomb': {
    en: 'A part of this workbook unpacks {ratio} times its size: it is not a normal Excel file',
    hi: 'इस वर्कबुक का एक हिस्सा खुलकर अपने आकार से {ratio} गुना हो जाता है: यह सामान्य Excel फ़ाइल नहीं है',
  },
  'catalog.noBarcodeForLabel': {
    en: '{product} has no barcode: give it an in-store one first',
    hi: '{product} का कोई बारकोड नहीं है: पहले दुकान का बारकोड दें',
  },
  'catalog.noLabelPrinter': {
    en: 'No receipt printer is set up: print the A4 sheet instead',
    hi: 'कोई रसीद प्रिंटर सेट नहीं है: इसकी जगह A4 शीट प्रिंट करें',
  },
} as const satisfies Record<`catalog.${string}`, Text>;
