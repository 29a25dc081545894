import { ACCOUNT_GROUP_CODES, type AccountGroup } from '../../../core/contract';
import { formatQty, type Unit } from '../../../core/format';
import { useT, type StringKey } from './i18n';

/*
 * Names the books hold as data (account groups, voucher types, the system accounts), in the
 * reader's language.
 */

/** Each account group's name on screen (the contract's groups, in both languages). */
export const GROUP_KEYS = {
  cash: 'group_cash',
  bank: 'group_bank',
  clearing: 'group_clearing',
  debtors: 'group_debtors',
  stock: 'group_stock',
  input_tax: 'group_input_tax',
  current_assets: 'group_current_assets',
  fixed_assets: 'group_fixed_assets',
  creditors: 'group_creditors',
  output_tax: 'group_output_tax',
  current_liabilities: 'group_current_liabilities',
  loans: 'group_loans',
  capital: 'group_capital',
  sales: 'group_sales',
  indirect_income: 'group_indirect_income',
  cost_of_sales: 'group_cost_of_sales',
  purchases: 'group_purchases',
  direct_expenses: 'group_direct_expenses',
  indirect_expenses: 'group_indirect_expenses',
} as const satisfies Record<AccountGroup, StringKey>;

const VOUCHER_TYPE_KEYS: Record<string, StringKey> = {
  sales: 'vt_sales',
  sales_cancel: 'vt_sales_cancel',
  credit_note: 'vt_credit_note',
  receipt: 'vt_receipt',
  payment: 'vt_payment',
  expense: 'vt_expense',
  contra: 'vt_contra',
  journal: 'vt_journal',
  register: 'vt_register',
  opening: 'vt_opening',
  reversal: 'vt_reversal',
  settlement: 'vt_settlement',
  purchase: 'vt_purchase',
  purchase_return: 'vt_purchase_return',
  stock_adjustment: 'vt_stock_adjustment',
};

/** A voucher type in the reader's language; a type added later shows as the books name it. */
export function useVoucherType() {
  const { t } = useT();
  return (type: string) => {
    const key = VOUCHER_TYPE_KEYS[type];
    return key ? t(key) : type;
  };
}

/**
 * Hindi names of the system accounts. Account names are data (the owner may rename them), so a
 * name is shown in Hindi only while it is still the system's English name for that code.
 */
const SYSTEM_HI: Record<string, [en: string, hi: string]> = {
  CASH: ['Cash in hand', 'हाथ में नकद'],
  BANK: ['Bank account', 'बैंक खाता'],
  UPI_CLEARING: ['UPI clearing', 'UPI वसूली'],
  CARD_CLEARING: ['Card clearing', 'कार्ड वसूली'],
  DEBTORS: ['Sundry debtors (khata)', 'देनदार (खाता)'],
  STOCK: ['Stock in trade', 'माल स्टॉक'],
  INPUT_CGST: ['Input CGST', 'इनपुट CGST'],
  INPUT_SGST: ['Input SGST/UTGST', 'इनपुट SGST/UTGST'],
  INPUT_IGST: ['Input IGST', 'इनपुट IGST'],
  INPUT_CESS: ['Input cess', 'इनपुट सेस'],
  CREDITORS: ['Sundry creditors', 'लेनदार (सप्लायर)'],
  OUTPUT_CGST: ['Output CGST', 'आउटपुट CGST'],
  OUTPUT_SGST: ['Output SGST/UTGST', 'आउटपुट SGST/UTGST'],
  OUTPUT_IGST: ['Output IGST', 'आउटपुट IGST'],
  OUTPUT_CESS: ['Output cess', 'आउटपुट सेस'],
  CAPITAL: ['Capital', 'पूँजी'],
  DRAWINGS: ['Drawings', 'निजी खर्च (आहरण)'],
  SALES: ['Sales', 'बिक्री'],
  SALES_RETURNS: ['Sales returns', 'बिक्री वापसी'],
  ROUND_OFF: ['Round off', 'राउंड ऑफ'],
  DISCOUNT_RECEIVED: ['Discount received', 'मिली छूट'],
  INTEREST_RECEIVED: ['Interest received', 'मिला ब्याज'],
  COGS: ['Cost of goods sold', 'बिके माल की लागत'],
  STOCK_ADJUSTMENT: ['Stock shortage, damage and expiry', 'स्टॉक कमी, टूट-फूट और एक्सपायरी'],
  PURCHASES: ['Purchases (not kept in stock)', 'खरीद (स्टॉक से बाहर)'],
  FREIGHT: ['Freight and cartage inward', 'भाड़ा और ढुलाई'],
  CASH_OVER_SHORT: ['Cash over and short', 'नकद ज़्यादा/कम'],
  DISCOUNT_ALLOWED: ['Discount allowed', 'दी गई छूट'],
  RENT: ['Shop rent', 'दुकान का किराया'],
  ELECTRICITY: ['Electricity', 'बिजली'],
  SALARIES: ['Salaries and wages', 'वेतन और मज़दूरी'],
  TELEPHONE: ['Phone and internet', 'फ़ोन और इंटरनेट'],
  BANK_CHARGES: ['Bank and UPI/card charges', 'बैंक और UPI/कार्ड शुल्क'],
  SHOP_EXPENSES: ['Shop and general expenses', 'दुकान के सामान्य खर्च'],
  PL_CURRENT_YEAR: ['Profit for the year so far', 'इस वर्ष का अब तक का लाभ'],
  PL_BROUGHT_FORWARD: ['Profit and loss brought forward', 'पिछला लाभ-हानि'],
};

const SECTION_HI: Record<string, string> = { advances_to_suppliers: 'सप्लायरों को अग्रिम', advances_from_customers: 'ग्राहकों से अग्रिम', capital: 'पूँजी और लाभ' };

const isGroup = (key: string): key is AccountGroup => (ACCOUNT_GROUP_CODES as readonly string[]).includes(key);

/** An account's name in the reader's language: (code, name as the books hold it) → text. */
export function useAccountName() {
  const { lang } = useT();
  return (code: string, name: string) => {
    const hi = SYSTEM_HI[code];
    return lang === 'hi' && hi && hi[0] === name ? hi[1] : name;
  };
}

/** A statement section's heading (a group, advances, capital and profit) in the reader's language. */
export function useSectionLabel() {
  const { lang, t } = useT();
  return (key: string, label: string) => {
    if (lang !== 'hi') return label;
    return SECTION_HI[key] ?? (isGroup(key) ? t(GROUP_KEYS[key]) : label);
  };
}

/** The words a money method is stored as beside the account codes: on credit, and a khata receipt's way of paying. */
const METHOD_KEYS: Record<string, StringKey> = { credit: 'credit', cash: 'methodCash', upi: 'upi', card: 'card', bank: 'methodBank' };

/** A voucher's money method ("CASH", "CASH>BANK", "credit", a receipt's "upi") in the reader's language. */
export function useMethodName() {
  const { t } = useT();
  const accountName = useAccountName();
  return (method: string) =>
    method
      .split('>')
      .map((code) => {
        const system = SYSTEM_HI[code];
        if (system) return accountName(code, system[0]);
        const key = METHOD_KEYS[code];
        return key ? t(key) : code;
      })
      .join(' → ');
}

const UNIT_KEYS: Record<string, StringKey> = {
  pcs: 'unit_pcs',
  kg: 'unit_kg',
  l: 'unit_l',
  g: 'unit_g',
  ml: 'unit_ml',
  pack: 'unit_pack',
  box: 'unit_box',
  dozen: 'unit_dozen',
};

/** A product's unit ("kg", "pcs") in the reader's language; a unit the list does not know shows as stored. */
export function useUnitName() {
  const { t } = useT();
  return (unit: string) => {
    const key = UNIT_KEYS[unit];
    return key ? t(key) : unit;
  };
}

/** A quantity with its unit word in the reader's language: "1.250 किलो"; counted goods stay a bare number, as formatQty has them. */
export function useQtyText() {
  const unitName = useUnitName();
  return (qtyMilli: number, unit: Unit) => {
    const text = formatQty(qtyMilli, unit);
    return text.endsWith(` ${unit}`) ? `${text.slice(0, -unit.length)}${unitName(unit)}` : text;
  };
}
