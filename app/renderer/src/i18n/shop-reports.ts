import type { Text } from '../../../core/i18n';

/** Words of the Reports group's screens (the tables' own words come from the host, in the reader's language). */
export const SHOP_REPORTS_WORDS = {
  navReports: { en: 'Reports', hi: 'रिपोर्ट' },
  navShopReports: { en: 'Shop reports', hi: 'दुकान की रिपोर्ट' },
  repTopProducts: { en: 'Top products', hi: 'टॉप सामान' },
  repTopCustomers: { en: 'Top customers', hi: 'टॉप ग्राहक' },
  repProfitability: { en: 'Profitability', hi: 'मुनाफ़ा' },
  repCashFlow: { en: 'Cash flow', hi: 'नकदी का आना-जाना' },
  repStockAgeing: { en: 'Stock by age', hi: 'स्टॉक की उम्र' },
  repDeadStock: { en: 'Dead & slow stock', hi: 'न बिकने वाला स्टॉक' },
  repSuppliers: { en: 'Suppliers', hi: 'सप्लायर' },
  repKhataAgeing: { en: 'Khata ageing', hi: 'खाता बकाया अवधि' },
  repDayClose: { en: 'Day close', hi: 'दिन का हिसाब' },
  repBills: { en: 'Bills', hi: 'बिल' },
  rankBy: { en: 'Rank by', hi: 'किस हिसाब से' },
  rankAmount: { en: 'Sales value', hi: 'बिक्री की रकम' },
  rankQty: { en: 'Quantity', hi: 'मात्रा' },
  rankBills: { en: 'Bills', hi: 'बिलों की गिनती' },
  profitBy: { en: 'By', hi: 'किसके हिसाब से' },
  byCategory: { en: 'Category', hi: 'श्रेणी' },
  byBrand: { en: 'Brand', hi: 'ब्रांड' },
  noSaleDays: { en: 'No sale in (days)', hi: 'कितने दिन से बिक्री नहीं' },
  dayOf: { en: 'Day', hi: 'दिन' },
  shareDayClose: { en: 'Day close on WhatsApp', hi: 'दिन का हिसाब व्हाट्सऐप पर' },
  backToReport: { en: 'Back', hi: 'वापस' },
  daysInvalid: { en: 'No sale in (days): type a whole number from 1 to 3650', hi: 'कितने दिन से बिक्री नहीं: 1 से 3650 तक की पूरी संख्या लिखें' },
} satisfies Record<string, Text>;
