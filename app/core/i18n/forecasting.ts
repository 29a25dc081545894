import type { Text } from './text';

/** Forecasting's refusals: runs, charts, reorder drafts. */
export const FORECASTING = {
  'forecasting.notHere': {
    en: 'Forecasts cannot be run from here; run them on the shop’s main PC',
    hi: 'पूर्वानुमान यहाँ से नहीं चल सकता; दुकान के मुख्य कंप्यूटर पर चलाएँ',
  },
  'forecasting.noRunYet': { en: 'No forecast has been made yet: press Run forecast first', hi: 'अभी तक कोई पूर्वानुमान नहीं बना: पहले "पूर्वानुमान चलाएँ" दबाएँ' },
  'forecasting.notForecast': {
    en: '{product} was not in the last forecast (it had no sales yet)',
    hi: '{product} पिछले पूर्वानुमान में नहीं था (अभी तक बिक्री नहीं हुई)',
  },
  'forecasting.noSuchCategory': { en: 'No forecast for the category {category}', hi: '{category} श्रेणी का कोई पूर्वानुमान नहीं है' },
  'forecasting.chartWhat': { en: 'Choose a product or a category for the chart', hi: 'चार्ट के लिए कोई सामान या श्रेणी चुनें' },
  'forecasting.nothingToOrder': { en: 'Nothing needs ordering from {supplier} now', hi: '{supplier} से अभी कुछ मँगाने की ज़रूरत नहीं है' },
  'forecasting.draftNotFound': { en: 'That draft order no longer exists', hi: 'वह कच्चा ऑर्डर अब नहीं है' },
  'forecasting.draftLineNotFound': { en: 'That item is not in this draft order', hi: 'यह सामान इस कच्चे ऑर्डर में नहीं है' },
  'forecasting.draftClosed': { en: 'The draft order for {supplier} is already placed or dropped', hi: '{supplier} का कच्चा ऑर्डर पहले ही भेजा या हटाया जा चुका है' },
  'forecasting.draftEmpty': {
    en: 'The draft order for {supplier} has no quantities above 0',
    hi: '{supplier} के कच्चे ऑर्डर में 0 से ज़्यादा मात्रा वाला कोई सामान नहीं है',
  },
} as const satisfies Record<`forecasting.${string}`, Text>;
