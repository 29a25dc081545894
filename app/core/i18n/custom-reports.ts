import type { Text } from './text';

/** The custom report builder's words: its columns, its group names, its notes and its refusals. */
export const CUSTOM_REPORT_WORDS = {
  'report.custom.title': { en: 'Custom report', hi: 'अपनी रिपोर्ट' },
  'report.custom.dim.day': { en: 'Day', hi: 'दिन' },
  'report.custom.dim.week': { en: 'Week', hi: 'हफ़्ता' },
  'report.custom.dim.month': { en: 'Month', hi: 'महीना' },
  'report.custom.dim.product': { en: 'Product', hi: 'सामान' },
  'report.custom.dim.category': { en: 'Category', hi: 'श्रेणी' },
  'report.custom.dim.brand': { en: 'Brand', hi: 'ब्रांड' },
  'report.custom.dim.customer': { en: 'Customer', hi: 'ग्राहक' },
  'report.custom.dim.cashier': { en: 'Cashier', hi: 'कैशियर' },
  'report.custom.dim.tender': { en: 'Paid by', hi: 'भुगतान का तरीका' },
  'report.custom.dim.hsn': { en: 'HSN', hi: 'एचएसएन' },
  'report.custom.dim.supplier': { en: 'Supplier', hi: 'सप्लायर' },
  'report.custom.measure.sales': { en: 'Sales (before GST)', hi: 'बिक्री (जीएसटी से पहले)' },
  'report.custom.measure.qty': { en: 'Quantity', hi: 'मात्रा' },
  'report.custom.measure.bills': { en: 'Bills', hi: 'बिल' },
  'report.custom.measure.gst': { en: 'GST', hi: 'जीएसटी' },
  'report.custom.measure.cogs': { en: 'Cost of goods', hi: 'माल की लागत' },
  'report.custom.measure.margin': { en: 'Margin', hi: 'मुनाफ़ा' },
  'report.custom.tender.cash': { en: 'Cash', hi: 'नकद' },
  'report.custom.tender.upi': { en: 'UPI', hi: 'यूपीआई' },
  'report.custom.tender.card': { en: 'Card', hi: 'कार्ड' },
  'report.custom.tender.credit': { en: 'Khata (credit)', hi: 'खाता (उधार)' },
  'report.custom.tender.mixed': { en: 'Split payment', hi: 'बँटा हुआ भुगतान' },
  'report.custom.tender.none': { en: 'Not paid', hi: 'भुगतान नहीं' },
  'report.custom.walkIn': { en: 'Walk-in customer', hi: 'बिना नाम का ग्राहक' },
  'report.custom.noSupplier': { en: 'No supplier', hi: 'कोई सप्लायर नहीं' },
  'report.custom.blank': { en: '(not set)', hi: '(नहीं भरा)' },
  'report.custom.weekOf': { en: 'Week of {date}', hi: '{date} वाला हफ़्ता' },
  'report.custom.basis': {
    en: 'Posted bills only (cancelled ones left out); sales are before GST, and a return is taken off the bill it returns, in that bill’s period.',
    hi: 'केवल पोस्ट हुए बिल (रद्द बिल छोड़कर); बिक्री जीएसटी से पहले की है, और वापसी उसी बिल से उसी बिल की अवधि में घटाई गई है।',
  },
  'report.custom.shown': {
    en: 'Showing {shown} of {groups} rows; the total covers all of them.',
    hi: '{groups} में से {shown} पंक्तियाँ दिख रही हैं; कुल में सब शामिल हैं।',
  },
  'report.custom.filtered': { en: 'Only {what}', hi: 'केवल {what}' },
  'report.custom.fromAfterTo': {
    en: 'From date {from} is after To date {to}; choose a From date on or before the To date',
    hi: 'शुरुआती तारीख {from} आखिरी तारीख {to} के बाद है; शुरुआती तारीख आखिरी तारीख से पहले चुनें',
  },
  'report.custom.groupTwice': {
    en: 'Group by: "{name}" is chosen twice; choose each grouping once',
    hi: 'किससे समूह बनाएँ: "{name}" दो बार चुना गया है; हर एक को एक बार चुनें',
  },
  'report.custom.measureTwice': { en: 'Figures: "{name}" is chosen twice; choose each figure once', hi: 'आँकड़े: "{name}" दो बार चुना गया है; हर आँकड़ा एक बार चुनें' },
  'report.custom.filterTwice': {
    en: 'Filters: "{name}" is filtered twice; put all its values in one filter',
    hi: 'फ़िल्टर: "{name}" पर दो फ़िल्टर हैं; उसके सारे मान एक ही फ़िल्टर में रखें',
  },
  'report.custom.sortNotShown': {
    en: 'Sort by: "{name}" is not in the report; sort by one of its groupings or figures',
    hi: 'क्रम: "{name}" रिपोर्ट में नहीं है; रिपोर्ट के किसी समूह या आँकड़े से क्रम लगाएँ',
  },
  'report.custom.savedGone': { en: 'That saved report is no longer there; it may have been deleted', hi: 'वह सहेजी रिपोर्ट अब नहीं है; शायद हटा दी गई है' },
} as const satisfies Record<`report.${string}`, Text>;

/** The builder's param fields by the names the owner knows them by (see FIELDS). */
export const CUSTOM_REPORT_FIELDS = {
  'field.measures': { en: 'Figures', hi: 'आँकड़े' },
  'field.filters': { en: 'Filters', hi: 'फ़िल्टर' },
  'field.dimension': { en: 'Filter on', hi: 'किस पर फ़िल्टर' },
  'field.values': { en: 'Filter values', hi: 'फ़िल्टर के मान' },
  'field.sort': { en: 'Sort', hi: 'क्रम' },
  'field.by': { en: 'Sort by', hi: 'किससे क्रम' },
  'field.dir': { en: 'Sort order', hi: 'क्रम की दिशा' },
  'field.spec': { en: 'The report’s choices', hi: 'रिपोर्ट के चुनाव' },
  'field.title': { en: 'Report title', hi: 'रिपोर्ट का शीर्षक' },
} as const satisfies Record<`field.${string}`, Text>;
