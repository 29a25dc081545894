/**
 * Every sentence the insights say, in English and Hindi, by key. `{param}` is filled by
 * render.ts: a param whose name ends in `Paise` is shown as rupees, `date` as today / yesterday /
 * the date. Hindi sentences use the ergative "ने" and plain nouns so they read right whatever the
 * cashier's gender. The renderer's i18n will hold the same keys.
 */
export type Language = 'en' | 'hi';

const usualEn = 'the usual for {name} is {usual} a day.';
const usualHi = '{name} के लिए आम तौर पर दिन में {usual}।';

export const INSIGHT_MESSAGES: Record<string, Record<Language, string>> = {
  'insights.alert.cashier.void': {
    en: `{name} voided {count} bill lines {date} ({amountPaise}); ${usualEn}`,
    hi: `{name} ने {date} {count} बिल लाइनें हटाईं ({amountPaise}); ${usualHi}`,
  },
  'insights.alert.cashier.cancel': {
    en: `{name} cancelled {count} bills {date} ({amountPaise}); ${usualEn}`,
    hi: `{name} ने {date} {count} बिल रद्द किए ({amountPaise}); ${usualHi}`,
  },
  'insights.alert.cashier.discount': {
    en: `{name} gave {count} discounts {date} ({amountPaise}); ${usualEn}`,
    hi: `{name} ने {date} {count} छूट दीं ({amountPaise}); ${usualHi}`,
  },
  'insights.alert.cashier.return': {
    en: `{name} took {count} returns {date} ({amountPaise}); ${usualEn}`,
    hi: `{name} ने {date} {count} वापसियाँ लीं ({amountPaise}); ${usualHi}`,
  },
  'insights.alert.cashier.price_override': {
    en: `{name} changed the price on {count} lines {date} ({amountPaise} below list); ${usualEn}`,
    hi: `{name} ने {date} {count} लाइनों पर दाम बदले (सूची से {amountPaise} कम); ${usualHi}`,
  },
  'insights.alert.cash.short': {
    en: "The drawer was {amountPaise} short at {name}'s close {date} (counted {countedPaise}, expected {expectedPaise}).",
    hi: '{date} {name} के हिसाब में गल्ला {amountPaise} कम निकला (गिना {countedPaise}, होना था {expectedPaise})।',
  },
  'insights.alert.cash.over': {
    en: "The drawer was {amountPaise} over at {name}'s close {date} (counted {countedPaise}, expected {expectedPaise}).",
    hi: '{date} {name} के हिसाब में गल्ला {amountPaise} ज़्यादा निकला (गिना {countedPaise}, होना था {expectedPaise})।',
  },
  'insights.alert.cash.short_pattern': {
    en: "{name}'s drawer was short at {shortCount} of the last {closes} closes, {amountPaise} in all.",
    hi: '{name} के पिछले {closes} हिसाबों में से {shortCount} में गल्ला कम निकला, कुल {amountPaise}।',
  },
  'insights.alert.shrinkage': {
    en: '{product}: the count {date} found {lost} fewer than the books ({amountPaise}), {lossPct}% of what sold since the count before.',
    hi: '{product}: {date} गिनती में खाते से {lost} कम मिले ({amountPaise}), पिछली गिनती के बाद की बिक्री का {lossPct}%।',
  },
  'insights.alert.sales_drop': {
    en: '{product} was on {recent} bills in the 7 days to {date}; it is usually on {usual} a week. Check its stock, price and shelf.',
    hi: '{product} पिछले 7 दिनों में {recent} बिलों में बिका; आम तौर पर हफ़्ते में {usual} बिलों में। स्टॉक, दाम और शेल्फ़ देखें।',
  },
  'insights.alert.odd_hours': {
    en: '{name} made {count} bills {date} between {from} and {to}; the shop usually bills between {open} and {close}.',
    hi: '{name} ने {date} {from} से {to} के बीच {count} बिल बनाए; दुकान में आम तौर पर {open} से {close} तक बिल बनते हैं।',
  },
  'insights.price.mrp_ceiling': {
    en: '{product} is priced {pricePaise}, above its MRP {mrpPaise}: sell at {suggestedPaise} at most.',
    hi: '{product} का दाम {pricePaise} है, MRP {mrpPaise} से ज़्यादा: अधिकतम {suggestedPaise} पर बेचें।',
  },
  'insights.price.margin_floor': {
    en: '{product} earns {marginPct}% at {pricePaise}, below your {floorPct}% floor: {suggestedPaise} would meet it.',
    hi: '{product} पर {pricePaise} में {marginPct}% मार्जिन है, आपकी {floorPct}% सीमा से कम: {suggestedPaise} रखें।',
  },
  'insights.price.margin_blocked': {
    en: '{product} cannot reach your {floorPct}% margin under its MRP {mrpPaise} (cost {costPaise}); talk to the supplier.',
    hi: '{product} पर MRP {mrpPaise} के अंदर {floorPct}% मार्जिन नहीं बनता (लागत {costPaise}); सप्लायर से बात करें।',
  },
  'insights.price.round': {
    en: '{product}: {pricePaise} could be {suggestedPaise}, easier to pay and to remember.',
    hi: '{product}: {pricePaise} की जगह {suggestedPaise} रखें, देने और याद रखने में आसान।',
  },
  'insights.price.markdown_expiry': {
    en: '{product}: {qty} expire in {days} days; {pct}% off ({suggestedPaise}) should clear them.',
    hi: '{product}: {qty} {days} दिन में एक्सपायर होंगे; {pct}% छूट ({suggestedPaise}) से निकल जाएँगे।',
  },
  'insights.price.markdown_slow': {
    en: '{product} has {coverDays} days of stock at its recent sales; {pct}% off ({suggestedPaise}) may move it.',
    hi: '{product} का स्टॉक हाल की बिक्री से {coverDays} दिन चलेगा; {pct}% छूट ({suggestedPaise}) से बिक सकता है।',
  },
  'insights.price.competitor_lower': {
    en: '{source} sells {product} at {competitorPaise}, {diffPct}% below your {pricePaise}.',
    hi: '{source} पर {product} {competitorPaise} में है, आपके {pricePaise} से {diffPct}% कम।',
  },
  'insights.price.competitor_higher': {
    en: '{source} sells {product} at {competitorPaise}, {diffPct}% above your {pricePaise}; there is room up to {suggestedPaise}.',
    hi: '{source} पर {product} {competitorPaise} में है, आपके {pricePaise} से {diffPct}% ज़्यादा; {suggestedPaise} तक गुंजाइश है।',
  },
  'insights.customer.remind': {
    en: '{name} last bought {days} days ago and usually comes every {every} days. Often buys: {items}.',
    hi: '{name} की पिछली खरीद {days} दिन पहले; आम तौर पर हर {every} दिन। अक्सर लेते हैं: {items}।',
  },
  'insights.customer.thank': {
    en: '{name}: {bills} bills worth {amountPaise} in the last year. Say thank you.',
    hi: '{name}: पिछले साल {bills} बिल, कुल {amountPaise}। धन्यवाद कहें।',
  },
};

export const DATE_WORDS: Record<Language, { today: string; yesterday: string; on: (date: string) => string }> = {
  en: { today: 'today', yesterday: 'yesterday', on: (d) => `on ${d}` },
  hi: { today: 'आज', yesterday: 'कल', on: (d) => `${d} को` },
};
