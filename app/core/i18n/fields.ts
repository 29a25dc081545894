import { CUSTOM_REPORT_FIELDS } from './custom-reports';
import { ORDER_FIELDS } from './fields-orders';
import type { Text } from './text';

/**
 * Every param field of the API by the name a person knows it by, for BAD_PARAMS messages
 * ("Quantity must be more than 0"). Keyed by the field's own name; a name that means different
 * things in different places has a context key in FIELD_CONTEXTS. tests/contract walks every
 * method's params and fails when a field has no label here.
 */
export const FIELDS = {
  'field.params': { en: 'The details sent', hi: 'भेजी गई जानकारी' },
  'field.id': { en: 'The record', hi: 'रिकॉर्ड' },
  'field.name': { en: 'Name', hi: 'नाम' },
  'field.nameHi': { en: 'Hindi name', hi: 'हिंदी नाम' },
  'field.altNames': { en: 'Other names', hi: 'दूसरे नाम' },
  'field.brand': { en: 'Brand', hi: 'ब्रांड' },
  'field.category': { en: 'Category', hi: 'श्रेणी' },
  'field.subCategory': { en: 'Sub-category', hi: 'उप-श्रेणी' },
  'field.packSize': { en: 'Pack size', hi: 'पैक का आकार' },
  'field.barcode': { en: 'Barcode', hi: 'बारकोड' },
  'field.barcodes': { en: 'Barcodes', hi: 'बारकोड' },
  'field.plu': { en: 'PLU (scale item number)', hi: 'पीएलयू (तराज़ू का सामान नंबर)' },
  'field.hsn': { en: 'HSN code', hi: 'एचएसएन कोड' },
  'field.hsnPrefixes': { en: 'HSN codes', hi: 'एचएसएन कोड' },
  'field.gstRateBp': { en: 'GST rate', hi: 'जीएसटी दर' },
  'field.uqc': { en: 'Unit code for GST (UQC)', hi: 'जीएसटी इकाई कोड (UQC)' },
  'field.firstNumber': { en: 'First bill number in the book', hi: 'बुक का पहला बिल नंबर' },
  'field.bookId': { en: 'Paper bill book', hi: 'हाथ के बिलों की बुक' },
  'field.cessRateBp': { en: 'Cess rate', hi: 'सेस दर' },
  'field.currentRateBp': { en: 'Current GST rate', hi: 'अभी की जीएसटी दर' },
  'field.mrpPaise': { en: 'MRP', hi: 'एमआरपी' },
  'field.pricePaise': { en: 'Selling price', hi: 'बिक्री कीमत' },
  'field.costPaise': { en: 'Cost price', hi: 'लागत कीमत' },
  'field.minPricePaise': { en: 'Lowest price', hi: 'सबसे कम कीमत' },
  'field.maxPricePaise': { en: 'Highest price', hi: 'सबसे ज़्यादा कीमत' },
  'field.unit': { en: 'Unit', hi: 'इकाई' },
  'field.units': { en: 'Units', hi: 'इकाइयाँ' },
  'field.loose': { en: 'Sold loose', hi: 'खुला बिकता है' },
  'field.active': { en: 'Active', hi: 'चालू' },
  'field.imageUrl': { en: 'Picture link', hi: 'तस्वीर का लिंक' },
  'field.reorderLevelMilli': { en: 'Reorder level', hi: 'दोबारा मँगाने का स्तर' },
  'field.reorderQtyMilli': { en: 'Reorder quantity', hi: 'दोबारा मँगाने की मात्रा' },
  'field.productId': { en: 'Product', hi: 'सामान' },
  'field.productIds': { en: 'Products', hi: 'सामान' },
  'field.items': { en: 'Items', hi: 'सामान' },
  'field.copies': { en: 'Copies', hi: 'प्रतियाँ' },
  'field.layout': { en: 'Label layout', hi: 'लेबल का ढाँचा' },
  'field.q': { en: 'Search', hi: 'खोज' },
  'field.limit': { en: 'How many to show', hi: 'कितने दिखाएँ' },
  'field.stock': { en: 'Stock filter', hi: 'स्टॉक फ़िल्टर' },
  'field.sale': { en: 'For sale', hi: 'बिक्री' },
  'field.expiringWithinDays': { en: 'Expiring within (days)', hi: 'कितने दिन में एक्सपायरी' },
  'field.withinDays': { en: 'Within (days)', hi: 'कितने दिन में' },
  'field.lines': { en: 'Lines', hi: 'पंक्तियाँ' },
  'field.lineNo': { en: 'Bill line', hi: 'बिल की पंक्ति' },
  'field.qtyMilli': { en: 'Quantity', hi: 'मात्रा' },
  'field.freeMilli': { en: 'Free quantity', hi: 'मुफ़्त मात्रा' },
  'field.countedMilli': { en: 'Counted quantity', hi: 'गिनी गई मात्रा' },
  'field.unitPricePaise': { en: 'Price', hi: 'कीमत' },
  'field.unitCostPaise': { en: 'Cost', hi: 'लागत' },
  'field.discountPaise': { en: 'Discount', hi: 'छूट' },
  'field.billDiscountPaise': { en: 'Bill discount', hi: 'बिल पर छूट' },
  'field.number': { en: 'Bill number', hi: 'बिल नंबर' },
  'field.product': { en: 'Product', hi: 'सामान' },
  'field.customer': { en: 'Customer', hi: 'ग्राहक' },
  'field.openedAt': { en: 'Bill started at', hi: 'बिल शुरू होने का समय' },
  'field.batchId': { en: 'Batch', hi: 'बैच' },
  'field.batchNo': { en: 'Batch number', hi: 'बैच नंबर' },
  'field.mfgDate': { en: 'Manufacture date', hi: 'बनने की तारीख' },
  'field.expiryDate': { en: 'Expiry date', hi: 'एक्सपायरी की तारीख' },
  'field.tenders': { en: 'Payments', hi: 'भुगतान' },
  'field.method': { en: 'Payment method', hi: 'भुगतान का तरीका' },
  'field.amountPaise': { en: 'Amount', hi: 'रकम' },
  'field.tenderedPaise': { en: 'Cash handed over', hi: 'दिया गया नकद' },
  'field.changePaise': { en: 'Change', hi: 'बाकी पैसे' },
  'field.payablePaise': { en: 'Amount to pay', hi: 'देय रकम' },
  'field.upiAmountPaise': { en: 'UPI amount', hi: 'यूपीआई रकम' },
  'field.reference': { en: 'Reference', hi: 'संदर्भ' },
  'field.clientRef': { en: 'Screen reference', hi: 'स्क्रीन का संदर्भ' },
  'field.customerId': { en: 'Customer', hi: 'ग्राहक' },
  'field.supplierId': { en: 'Supplier', hi: 'सप्लायर' },
  'field.serviceLevel': { en: 'Service level', hi: 'सेवा स्तर' },
  'field.leadTimeDays': { en: 'Lead time (days)', hi: 'माल आने में दिन' },
  'field.reviewDays': { en: 'Order every (days)', hi: 'हर कितने दिन ऑर्डर' },
  'field.supplierIds': { en: 'Suppliers', hi: 'सप्लायर' },
  'field.draftId': { en: 'Draft order', hi: 'ड्राफ़्ट ऑर्डर' },
  'field.invoiceId': { en: 'Bill', hi: 'बिल' },
  'field.billId': { en: 'Purchase bill', hi: 'खरीद बिल' },
  'field.poId': { en: 'Purchase order', hi: 'खरीद ऑर्डर' },
  'field.importId': { en: 'Upload', hi: 'अपलोड' },
  'field.bankLineId': { en: 'Statement line', hi: 'स्टेटमेंट की पंक्ति' },
  'field.entryId': { en: 'Entry', hi: 'एंट्री' },
  'field.seq': { en: 'Entry line', hi: 'एंट्री की पंक्ति' },
  'field.refId': { en: 'Document', hi: 'दस्तावेज़' },
  'field.partyId': { en: 'Customer or supplier', hi: 'ग्राहक या सप्लायर' },
  'field.partyType': { en: 'Customers or suppliers', hi: 'ग्राहक या सप्लायर' },
  'field.userId': { en: 'User', hi: 'उपयोगकर्ता' },
  'field.pin': { en: 'PIN', hi: 'पिन' },
  'field.oldPin': { en: 'Current PIN', hi: 'अभी का पिन' },
  'field.newPin': { en: 'New PIN', hi: 'नया पिन' },
  'field.role': { en: 'Role', hi: 'भूमिका' },
  'field.deviceId': { en: 'This device', hi: 'यह डिवाइस' },
  'field.deviceName': { en: 'Device name', hi: 'डिवाइस का नाम' },
  'field.deviceCode': { en: 'Counter', hi: 'काउंटर' },
  'field.placeOfSupply': { en: 'Place of supply', hi: 'आपूर्ति का स्थान' },
  'field.pricing': { en: 'Prices include tax or not', hi: 'कीमत में टैक्स शामिल है या नहीं' },
  'field.creditLimitAck': { en: 'Going past the credit limit', hi: 'उधार सीमा पार करना' },
  'field.creditLimitPaise': { en: 'Credit limit', hi: 'उधार सीमा' },
  'field.reason': { en: 'Reason', hi: 'कारण' },
  'field.note': { en: 'Note', hi: 'नोट' },
  'field.alertId': { en: 'The alert', hi: 'चेतावनी' },
  'field.notes': { en: 'Notes', hi: 'नोट' },
  'field.narration': { en: 'Narration', hi: 'विवरण' },
  'field.refund': { en: 'Refund by', hi: 'पैसा किस तरह लौटाएँ' },
  'field.date': { en: 'Date', hi: 'तारीख' },
  'field.from': { en: 'From date', hi: 'शुरुआती तारीख' },
  'field.to': { en: 'To date', hi: 'आखिरी तारीख' },
  'field.asOf': { en: 'As on date', hi: 'किस तारीख तक' },
  'field.effectiveFrom': { en: 'Effective from', hi: 'कब से लागू' },
  'field.closedUpto': { en: 'Books closed up to', hi: 'खाते कब तक बंद' },
  'field.supplierDate': { en: 'Supplier’s bill date', hi: 'सप्लायर के बिल की तारीख' },
  'field.supplierInvoiceNo': { en: 'Supplier’s bill number', hi: 'सप्लायर के बिल का नंबर' },
  'field.supplierTotalPaise': { en: 'Supplier’s bill total', hi: 'सप्लायर के बिल का जोड़' },
  'field.hsnFixes': { en: 'HSN for guessed rows', hi: 'अनुमानित पंक्तियों का एचएसएन' },
  'field.inactive': { en: 'Include products not on sale', hi: 'बिक्री से बाहर सामान भी' },
  'field.period': { en: 'Return period', hi: 'रिटर्न की अवधि' },
  'field.fy': { en: 'Financial year', hi: 'वित्त वर्ष' },
  'field.quarter': { en: 'Quarter', hi: 'तिमाही' },
  'field.status': { en: 'Status', hi: 'स्थिति' },
  'field.kind': { en: 'Type', hi: 'प्रकार' },
  'field.account': { en: 'Account', hi: 'खाता' },
  'field.code': { en: 'Account', hi: 'खाता' },
  'field.group': { en: 'Account group', hi: 'खाते का समूह' },
  'field.paidFrom': { en: 'Paid from', hi: 'किस खाते से चुकाया' },
  'field.tax': { en: 'Tax', hi: 'टैक्स' },
  'field.cgstPaise': { en: 'CGST', hi: 'सीजीएसटी' },
  'field.sgstPaise': { en: 'SGST', hi: 'एसजीएसटी' },
  'field.igstPaise': { en: 'IGST', hi: 'आईजीएसटी' },
  'field.cessPaise': { en: 'Cess', hi: 'सेस' },
  'field.debitPaise': { en: 'Debit', hi: 'नामे' },
  'field.creditPaise': { en: 'Credit', hi: 'जमा' },
  'field.countedPaise': { en: 'Cash counted', hi: 'गिना गया नकद' },
  'field.denominations': { en: 'Notes and coins', hi: 'नोट और सिक्के' },
  'field.aatoPaise': { en: 'Last year’s turnover', hi: 'पिछले साल का टर्नओवर' },
  'field.consolidateSmallB2c': { en: 'One invoice a day for small bills', hi: 'छोटे बिलों का दिन में एक बिल' },
  'field.creditPolicy': { en: 'Past the credit limit', hi: 'उधार सीमा पार होने पर' },
  'field.byParty': { en: 'By customer and supplier', hi: 'ग्राहक और सप्लायर के हिसाब से' },
  'field.rankBy': { en: 'Rank by', hi: 'किस हिसाब से क्रम' },
  'field.groupBy': { en: 'Group by', hi: 'किसके हिसाब से जोड़ें' },
  'field.days': { en: 'Days', hi: 'दिन' },
  'field.includeInactive': { en: 'Show closed accounts', hi: 'बंद खाते भी दिखाएँ' },
  'field.includeEmpty': { en: 'Show empty batches', hi: 'खाली बैच भी दिखाएँ' },
  'field.dueOnly': { en: 'Only those who owe', hi: 'सिर्फ़ बकाया वाले' },
  'field.unmatchedOnly': { en: 'Only unmatched lines', hi: 'सिर्फ़ बिना मिलाई पंक्तियाँ' },
  'field.entity': { en: 'Record type', hi: 'रिकॉर्ड का प्रकार' },
  'field.entityId': { en: 'The record', hi: 'रिकॉर्ड' },
  'field.csv': { en: 'Statement file', hi: 'स्टेटमेंट फ़ाइल' },
  'field.fileName': { en: 'File name', hi: 'फ़ाइल का नाम' },
  'field.chunkBase64': { en: 'File contents', hi: 'फ़ाइल की सामग्री' },
  'field.xlsxBase64': { en: 'Excel workbook', hi: 'Excel वर्कबुक' },
  'field.offset': { en: 'Upload position', hi: 'अपलोड की स्थिति' },
  'field.encoding': { en: 'File encoding', hi: 'फ़ाइल की एन्कोडिंग' },
  'field.mapping': { en: 'Column choices', hi: 'कॉलम का चुनाव' },
  'field.report': { en: 'Report', hi: 'रिपोर्ट' },
  'field.format': { en: 'File type', hi: 'फ़ाइल का प्रकार' },
  'field.what': { en: 'What to export', hi: 'क्या निकालें' },
  'field.size': { en: 'Paper size', hi: 'कागज़ का आकार' },
  'field.lang': { en: 'Language', hi: 'भाषा' },
  'field.phone': { en: 'Phone number', hi: 'फ़ोन नंबर' },
  'field.gstin': { en: 'GSTIN', hi: 'जीएसटीआईएन' },
  'field.stateCode': { en: 'State', hi: 'राज्य' },
  'field.address': { en: 'Address', hi: 'पता' },
  'field.paymentTermsDays': { en: 'Payment terms (days)', hi: 'भुगतान की अवधि (दिन)' },
  'field.composition': { en: 'Composition scheme', hi: 'कंपोज़िशन योजना' },
  'field.roundOff': { en: 'Round off to the rupee', hi: 'रुपये तक पूर्णांक' },
  'field.upiVpa': { en: 'UPI ID', hi: 'यूपीआई आईडी' },
  'field.relayUrl': { en: 'Cloud relay address', hi: 'क्लाउड रिले का पता' },
  'field.secret': { en: 'Registration secret', hi: 'रजिस्ट्रेशन सीक्रेट' },
  'field.shop': { en: 'The shop’s details', hi: 'दुकान की जानकारी' },
  'field.legalName': { en: 'Legal name', hi: 'कानूनी नाम' },
  'field.registration': { en: 'GST registration', hi: 'जीएसटी पंजीकरण' },
  'field.upiPayee': { en: 'UPI payee name', hi: 'यूपीआई पाने वाले का नाम' },
  'field.saleSeries': { en: 'Bill series', hi: 'बिल सीरीज़' },
  'field.creditNoteSeries': { en: 'Credit note series', hi: 'क्रेडिट नोट सीरीज़' },
  'field.next': { en: 'Next number', hi: 'अगला नंबर' },
  'field.owner': { en: 'The owner', hi: 'मालिक' },
  'field.catalogue': { en: 'Starting catalogue', hi: 'शुरुआती सामान सूची' },
  'field.receiptFooter': { en: 'Receipt footer', hi: 'रसीद के नीचे का संदेश' },
  'field.select': { en: 'Which products', hi: 'कौन से सामान' },
  'field.stage': { en: 'Display stage', hi: 'डिस्प्ले की स्थिति' },
  'field.printer': { en: 'Printer', hi: 'प्रिंटर' },
  'field.poleDisplay': { en: 'Pole display', hi: 'पोल डिस्प्ले' },
  'field.scanner': { en: 'Scanner', hi: 'स्कैनर' },
  'field.serial': { en: 'Serial port', hi: 'सीरियल पोर्ट' },
  'field.host': { en: 'Network address', hi: 'नेटवर्क पता' },
  'field.port': { en: 'Port', hi: 'पोर्ट' },
  'field.path': { en: 'Device', hi: 'डिवाइस' },
  'field.queue': { en: 'Printer queue', hi: 'प्रिंटर कतार' },
  'field.baudRate': { en: 'Baud rate', hi: 'बॉड रेट' },
  'field.vendorId': { en: 'USB vendor number', hi: 'यूएसबी वेंडर नंबर' },
  'field.width': { en: 'Paper width', hi: 'कागज़ की चौड़ाई' },
  'field.codePage': { en: 'Code page', hi: 'कोड पेज' },
  'field.cut': { en: 'Cut the paper', hi: 'कागज़ काटें' },
  'field.drawer': { en: 'Open the cash drawer', hi: 'कैश ड्रॉअर खोलें' },
  'field.drawerPin': { en: 'Cash drawer pin', hi: 'कैश ड्रॉअर पिन' },
  'field.hindi': { en: 'Print Hindi', hi: 'हिंदी छापें' },
  'field.qr': { en: 'Print the UPI QR', hi: 'यूपीआई क्यूआर छापें' },
  'field.askStatus': { en: 'Ask the printer’s status', hi: 'प्रिंटर की स्थिति पूछें' },
  'field.prefix': { en: 'Prefix', hi: 'शुरुआती हिस्सा' },
  'field.suffix': { en: 'Ending', hi: 'आखिरी हिस्सा' },
  'field.suffixes': { en: 'Endings', hi: 'आखिरी हिस्से' },
  'field.minLength': { en: 'Shortest barcode', hi: 'सबसे छोटा बारकोड' },
  'field.avgGapMs': { en: 'Average gap between keys', hi: 'कुंजियों के बीच औसत अंतर' },
  'field.counter': { en: 'Counter settings', hi: 'काउंटर की सेटिंग' },
  'field.confirmQtyAbove': { en: 'Ask to confirm quantities above', hi: 'इससे ज़्यादा मात्रा पर पुष्टि पूछें' },
  'field.maxGapMs': { en: 'Longest gap between keys', hi: 'कुंजियों के बीच सबसे लंबा अंतर' },
  'field.scale': { en: 'Weighing scale', hi: 'तराज़ू' },
  'field.enabled': { en: 'Switched on', hi: 'चालू' },
  'field.prefixes': { en: 'Scale prefixes', hi: 'तराज़ू के शुरुआती अंक' },
  'field.pluDigits': { en: 'PLU digits', hi: 'पीएलयू के अंक' },
  'field.valueDigits': { en: 'Value digits', hi: 'मान के अंक' },
  'field.value': { en: 'What the label holds', hi: 'लेबल में क्या है' },
  'field.labelPrefix': { en: 'In-store barcode prefix', hi: 'दुकान के बारकोड का शुरुआती हिस्सा' },
  'field.negativeStock': { en: 'Selling below zero stock', hi: 'शून्य से कम स्टॉक पर बिक्री' },
  'field.valuation': { en: 'Stock valuation', hi: 'स्टॉक का मूल्यांकन' },
  'field.expiryAlertDays': { en: 'Expiry alert (days)', hi: 'एक्सपायरी चेतावनी (दिन)' },
  // A name that means something else in one place.
  'field.printer.productId': { en: 'USB product number', hi: 'यूएसबी प्रोडक्ट नंबर' },
  'field.printer.kind': { en: 'Printer connection', hi: 'प्रिंटर कैसे जुड़ा है' },
  'field.poleDisplay.kind': { en: 'Pole display connection', hi: 'पोल डिस्प्ले कैसे जुड़ा है' },
  'field.vouchers.kind': { en: 'Voucher type', hi: 'वाउचर का प्रकार' },
  'field.payment.from': { en: 'Paid from', hi: 'किस खाते से दिया' },
  'field.payment.to': { en: 'Paid to', hi: 'किसे दिया' },
  'field.contra.from': { en: 'From account', hi: 'किस खाते से' },
  'field.contra.to': { en: 'To account', hi: 'किस खाते में' },
  'field.file': { en: 'Backup', hi: 'बैकअप' },
  'field.place': { en: 'Where the backup is', hi: 'बैकअप कहाँ है' },
  'field.folder': { en: 'Backup folder', hi: 'बैकअप फ़ोल्डर' },
  ...ORDER_FIELDS,
  ...CUSTOM_REPORT_FIELDS,
} as const satisfies Record<`field.${string}`, Text>;

/**
 * Where a name means something else: "<parent field>.<name>" (the nearest named field above it) or
 * "<method>:<name>" for a top-level field, and the label to use there.
 */
export const FIELD_CONTEXTS: Readonly<Record<string, keyof typeof FIELDS>> = {
  'printer.productId': 'field.printer.productId',
  'printer.kind': 'field.printer.kind',
  'poleDisplay.kind': 'field.poleDisplay.kind',
  'accounting.vouchers:kind': 'field.vouchers.kind',
  'accounting.payment:from': 'field.payment.from',
  'accounting.payment:to': 'field.payment.to',
  'accounting.contra:from': 'field.contra.from',
  'accounting.contra:to': 'field.contra.to',
};

/** The label of the field at a params path (`lines.0.qtyMilli`), or undefined when none is written. */
export function fieldLabelKey(method: string, path: ReadonlyArray<PropertyKey>): keyof typeof FIELDS | undefined {
  const names = path.filter((p): p is string => typeof p === 'string');
  const name = names.at(-1);
  if (name === undefined) return 'field.params';
  const parent = names.at(-2);
  const context = FIELD_CONTEXTS[parent === undefined ? `${method}:${name}` : `${parent}.${name}`];
  if (context) return context;
  const key = `field.${name}`;
  return isFieldKey(key) ? key : undefined;
}

const isFieldKey = (key: string): key is keyof typeof FIELDS => Object.hasOwn(FIELDS, key);

/** Edit distance, for a misspelt field name; stops early past `most`. */
function distance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? most + 1;
}

/** The labelled field a refused name is most likely a misspelling of (at most two letters off, case aside). */
export function nearestFieldKey(name: string): keyof typeof FIELDS | undefined {
  const wanted = name.toLowerCase();
  if (wanted.length < 3 || wanted.length > 40) return undefined;
  let best: { key: keyof typeof FIELDS; d: number } | undefined;
  for (const key of Object.keys(FIELDS)) {
    if (!isFieldKey(key) || key === 'field.params' || key.indexOf('.', 6) >= 0) continue;
    const d = distance(wanted, key.slice(6).toLowerCase(), 2);
    if (d <= 2 && (best === undefined || d < best.d)) best = { key, d };
  }
  return best?.key;
}
