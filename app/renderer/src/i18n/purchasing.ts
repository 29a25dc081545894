import type { Text } from '../../../core/i18n';

/** Words of purchasing: purchase bills, orders and suppliers. */
export const PURCHASING_WORDS = {
  newSupplier: { en: 'New supplier', hi: 'नया सप्लायर' },
  gstin: { en: 'GSTIN', hi: 'जीएसटीआईएन' },
  state: { en: 'State code', hi: 'राज्य कोड' },
  paymentTerms: { en: 'Payment terms (days)', hi: 'भुगतान अवधि (दिन)' },
  mfgDate: { en: 'Mfg date', hi: 'निर्माण तिथि' },
  free: { en: 'Free', hi: 'मुफ़्त' },
  newPurchase: { en: 'Receive goods (purchase bill)', hi: 'माल प्राप्त करें (खरीद बिल)' },
  supplierInvoice: { en: 'Supplier’s bill no.', hi: 'सप्लायर का बिल नं.' },
  billDate: { en: 'Bill date', hi: 'बिल की तारीख़' },
  postBill: { en: 'Save purchase', hi: 'खरीद सेव करें' },
  purchaseSaved: { en: 'Purchase saved', hi: 'खरीद सेव हुई' },
  purchaseBills: { en: 'Purchase bills and debit notes', hi: 'खरीद बिल और डेबिट नोट' },
  orders: { en: 'Purchase orders', hi: 'खरीद ऑर्डर' },
  receive: { en: 'Receive', hi: 'प्राप्त करें' },
  shareWhatsapp: { en: 'WhatsApp', hi: 'व्हाट्सऐप' },
  pdf: { en: 'PDF', hi: 'PDF' },
  status: { en: 'Status', hi: 'स्थिति' },
  returnGoods: { en: 'Return goods', hi: 'माल वापसी' },
  // Purchase order states, as shown in the list.
  poStatus_open: { en: 'Open', hi: 'खुला' },
  poStatus_partial: { en: 'Part received', hi: 'आंशिक प्राप्त' },
  poStatus_received: { en: 'Received', hi: 'प्राप्त' },
  poStatus_cancelled: { en: 'Cancelled', hi: 'रद्द' },
  remove: { en: 'Remove line', hi: 'हटाएँ' },
  addProductLine: { en: 'Add a product', hi: 'सामान जोड़ें' },
} as const satisfies Record<string, Text>;
