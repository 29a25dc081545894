/**
 * The receipt's words in English and Hindi. A Hindi receipt is printed as images (the printer's
 * fonts have no Devanagari); numbers and bill numbers stay as they are.
 */
export type ReceiptLang = 'en' | 'hi';

export const LABELS = {
  duplicate: { en: '*** DUPLICATE ***', hi: '*** डुप्लिकेट प्रति ***' },
  composition: {
    en: 'Composition taxable person, not eligible to collect tax on supplies',
    hi: 'Composition taxable person, not eligible to collect tax on supplies',
  },
  taxInvoice: { en: 'TAX INVOICE', hi: 'TAX INVOICE / कर बीजक' },
  billOfSupply: { en: 'BILL OF SUPPLY', hi: 'BILL OF SUPPLY / आपूर्ति बिल' },
  cancelled: { en: '*** CANCELLED ***', hi: '*** रद्द ***' },
  phone: { en: 'Ph', hi: 'फ़ोन' },
  bill: { en: 'Bill', hi: 'बिल' },
  cashier: { en: 'Cashier', hi: 'कैशियर' },
  customer: { en: 'Customer', hi: 'ग्राहक' },
  buyerGstin: { en: 'Buyer GSTIN', hi: 'ग्राहक GSTIN' },
  placeOfSupply: { en: 'Place of supply', hi: 'आपूर्ति स्थान' },
  item: { en: 'Item', hi: 'सामान' },
  qty: { en: 'Qty', hi: 'मात्रा' },
  rate: { en: 'Rate', hi: 'दर' },
  amount: { en: 'Amount', hi: 'रकम' },
  discount: { en: 'Discount', hi: 'छूट' },
  items: { en: 'Items', hi: 'सामान' },
  subtotal: { en: 'Amount', hi: 'कुल रकम' },
  taxable: { en: 'Taxable value', hi: 'कर योग्य मूल्य' },
  gstBreakup: { en: 'GST breakup', hi: 'जीएसटी विवरण' },
  roundOff: { en: 'Round off', hi: 'राउंड ऑफ' },
  payable: { en: 'NET PAYABLE', hi: 'कुल देय' },
  cash: { en: 'Cash', hi: 'नकद' },
  upi: { en: 'UPI', hi: 'यूपीआई' },
  card: { en: 'Card', hi: 'कार्ड' },
  credit: { en: 'Khata (credit)', hi: 'खाता (उधार)' },
  bank: { en: 'Bank transfer', hi: 'बैंक ट्रांसफ़र' },
  tendered: { en: 'Cash given', hi: 'नकद दिया' },
  change: { en: 'Change', hi: 'वापसी' },
  khataBalance: { en: 'Khata balance due', hi: 'खाते में बकाया' },
  saved: { en: 'You saved', hi: 'आपकी बचत' },
  onMrp: { en: 'on MRP', hi: 'MRP पर' },
  scanToPay: { en: 'Scan to pay by UPI', hi: 'UPI से भुगतान के लिए स्कैन करें' },
  testPrint: { en: 'PRINTER TEST', hi: 'प्रिंटर टेस्ट' },
  returnsBring: { en: 'Returns: bring this receipt', hi: 'वापसी के लिए यह रसीद लाएँ' },
  creditNote: { en: 'CREDIT NOTE', hi: 'CREDIT NOTE / क्रेडिट नोट' },
  creditNoteNo: { en: 'Credit note', hi: 'क्रेडिट नोट' },
  date: { en: 'Date', hi: 'तारीख' },
  againstBill: { en: 'Against bill', hi: 'इस बिल पर' },
  billDate: { en: 'Bill date', hi: 'बिल की तारीख' },
  creditTotal: { en: 'CREDIT TOTAL', hi: 'कुल वापसी' },
  refundBy: { en: 'Refund by', hi: 'वापसी का तरीका' },
  reason: { en: 'Reason', hi: 'कारण' },
} as const satisfies Record<string, Record<ReceiptLang, string>>;

export type LabelKey = keyof typeof LABELS;
export const label = (key: LabelKey, lang: ReceiptLang): string => LABELS[key][lang];
