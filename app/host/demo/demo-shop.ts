import { gs1CheckDigit } from '../../core/catalog/barcode';
import { gstinCheckChar } from '../../core/gst';
import { parseRupees } from '../../core/format';
import type { OpeningItem, ShopSetup } from '../../core/services/shop/setup';

/**
 * The demo shop created on first run, so a new install can bill at once. Written by hand for the
 * product (no third-party data is shipped). Rates follow GST 2.0 (22-09-2025). Barcodes are
 * in-store numbers (prefix 200) with valid check digits, never GS1 India (890) codes.
 */
const gstinBody = '23ABCPS1234K1Z';

export const DEMO_PINS = { owner: '1111', manager: '2222', staff: '3333' } as const;

export const demoSetup: ShopSetup = {
  shop: {
    name: 'Sharma General Store',
    address: '14, Sadar Bazar, Indore, Madhya Pradesh 452001',
    phone: '9826000000',
    gstin: gstinBody + gstinCheckChar(gstinBody),
    stateCode: '23',
    composition: false,
    roundOff: true,
    fyStartMonth: 4,
    upiVpa: 'sharmastore@upi',
    receiptFooter: 'Thank you! Visit again. / धन्यवाद, फिर पधारें',
    printer: { kind: 'none' },
    demo: true,
  },
  users: [
    { name: 'Ramesh (Owner)', role: 'owner', pin: DEMO_PINS.owner },
    { name: 'Suresh (Manager)', role: 'manager', pin: DEMO_PINS.manager },
    { name: 'Pooja (Staff)', role: 'staff', pin: DEMO_PINS.staff },
  ],
};

export function demoBarcode(n: number): string {
  const body = `200${String(n).padStart(9, '0')}`;
  return body + gs1CheckDigit(body);
}

// name, Hindi name, HSN, GST %, MRP ₹ (null: none), price ₹, cost ₹, unit, opening qty (pieces or kg)
type Row = [string, string, string, number, number | null, number, number, 'pcs' | 'kg', number];
const ROWS: Row[] = [
  ['Aashirvaad Atta 5kg', 'आशीर्वाद आटा 5 किलो', '1101', 5, 305, 285, 260, 'pcs', 30],
  ['Fortune Sunflower Oil 1L', 'फॉर्च्यून सूरजमुखी तेल', '1512', 5, 165, 155, 142, 'pcs', 40],
  ['Fortune Kachi Ghani Mustard Oil 1L', 'सरसों का तेल', '1514', 5, 190, 175, 160, 'pcs', 30],
  ['Tata Salt 1kg', 'टाटा नमक', '2501', 0, 28, 28, 24, 'pcs', 60],
  ['Sugar (loose)', 'चीनी', '1701', 5, null, 46, 41, 'kg', 50],
  ['Toor Dal (loose)', 'तूर दाल / अरहर दाल', '0713', 0, null, 160, 140, 'kg', 40],
  ['Chana Dal (loose)', 'चना दाल', '0713', 0, null, 90, 78, 'kg', 40],
  ['Moong Dal (loose)', 'मूंग दाल', '0713', 0, null, 120, 105, 'kg', 30],
  ['Basmati Rice (loose)', 'बासमती चावल', '1006', 0, null, 110, 90, 'kg', 50],
  ['Besan (loose)', 'बेसन', '1106', 0, null, 90, 78, 'kg', 25],
  ['Poha (loose)', 'पोहा', '1904', 0, null, 60, 50, 'kg', 25],
  ['Onion', 'प्याज', '0703', 0, null, 40, 32, 'kg', 50],
  ['Potato', 'आलू', '0701', 0, null, 30, 24, 'kg', 50],
  ['Parle-G Biscuit 250g', 'पारले-जी बिस्किट', '1905', 5, 25, 25, 22, 'pcs', 100],
  ['Maggi Masala Noodles 70g', 'मैगी नूडल्स', '1902', 5, 14, 14, 12, 'pcs', 120],
  ['Amul Butter 100g', 'अमूल मक्खन', '0405', 5, 62, 62, 57, 'pcs', 30],
  ['Amul Taaza Milk 500ml', 'अमूल ताज़ा दूध', '0401', 0, 29, 29, 27, 'pcs', 40],
  ['Amul Paneer 200g', 'अमूल पनीर', '0406', 0, 95, 95, 86, 'pcs', 20],
  ['Amul Pure Ghee 1L', 'अमूल घी', '0405', 5, 650, 620, 580, 'pcs', 12],
  ['Britannia Bread 400g', 'ब्रिटानिया ब्रेड', '1905', 0, 50, 50, 44, 'pcs', 20],
  ['Eggs (6 pcs)', 'अंडे (6)', '0407', 0, null, 42, 36, 'pcs', 30],
  ['Tata Tea Premium 250g', 'टाटा चाय', '0902', 5, 155, 145, 130, 'pcs', 30],
  ['Bru Instant Coffee 50g', 'ब्रू कॉफ़ी', '2101', 5, 175, 175, 155, 'pcs', 15],
  ['Haldiram Aloo Bhujia 200g', 'हल्दीराम आलू भुजिया', '2106', 5, 55, 55, 47, 'pcs', 40],
  ['Cadbury Dairy Milk 50g', 'डेयरी मिल्क चॉकलेट', '1806', 5, 40, 40, 35, 'pcs', 50],
  ['Kissan Tomato Ketchup 500g', 'किसान टमाटर केचप', '2103', 5, 150, 150, 130, 'pcs', 20],
  ['Everest Jeera 100g', 'जीरा', '0909', 5, 90, 90, 75, 'pcs', 25],
  ['Everest Haldi Powder 100g', 'हल्दी पाउडर', '0910', 5, 40, 40, 33, 'pcs', 30],
  ['Everest Red Chilli Powder 100g', 'लाल मिर्च पाउडर', '0904', 5, 45, 45, 37, 'pcs', 30],
  ['Coca-Cola 750ml', 'कोका-कोला', '2202', 40, 40, 40, 33, 'pcs', 48],
  ['Thums Up 2L', 'थम्स अप', '2202', 40, 100, 100, 82, 'pcs', 24],
  ['Lux Soap 100g', 'लक्स साबुन', '3401', 5, 45, 45, 39, 'pcs', 60],
  ['Colgate Toothpaste 200g', 'कोलगेट टूथपेस्ट', '3306', 5, 110, 110, 96, 'pcs', 30],
  ['Clinic Plus Shampoo 175ml', 'क्लिनिक प्लस शैम्पू', '3305', 5, 140, 140, 120, 'pcs', 20],
  ['Surf Excel Easy Wash 1kg', 'सर्फ एक्सेल', '3402', 18, 145, 139, 122, 'pcs', 25],
  ['Vim Dishwash Bar 300g', 'विम बार', '3402', 18, 35, 35, 29, 'pcs', 40],
  ['Harpic Toilet Cleaner 500ml', 'हार्पिक', '3808', 18, 110, 110, 93, 'pcs', 15],
  ['Cycle Agarbatti', 'अगरबत्ती', '3307', 5, 50, 50, 40, 'pcs', 30],
  ['Ship Matchbox (10)', 'माचिस (10)', '3605', 5, 20, 20, 16, 'pcs', 50],
  ['Good Day Cashew Cookies 200g', 'गुड डे बिस्किट', '1905', 5, 40, 40, 34, 'pcs', 40],
];

const paise = (rupees: number): number => parseRupees(String(rupees)) ?? 0;

// Days the opening lot of fresh goods has left (their expiry alert and first-expiry-first-out show at once).
const SHELF_LIFE_DAYS: Record<string, number> = {
  'Amul Taaza Milk 500ml': 2,
  'Britannia Bread 400g': 4,
  'Amul Paneer 200g': 9,
  'Eggs (6 pcs)': 12,
  'Amul Butter 100g': 120,
};
// Reorder level and quantity in units; the rest reorder at a quarter of the opening stock.
const REORDER: Record<string, [number, number]> = { 'Amul Pure Ghee 1L': [15, 24], 'Amul Paneer 200g': [25, 40], 'Bru Instant Coffee 50g': [15, 24] };
const CATEGORY: Array<[RegExp, string]> = [
  [/atta|rice|dal|besan|poha|sugar|salt/i, 'Staples'],
  [/oil|ghee/i, 'Oil & Ghee'],
  [/milk|butter|paneer|eggs|bread/i, 'Dairy & Bakery'],
  [/tea|coffee|cola|thums/i, 'Beverages'],
  [/biscuit|cookies|noodles|bhujia|dairy milk|ketchup/i, 'Snacks'],
  [/jeera|haldi|chilli/i, 'Spices'],
  [/onion|potato/i, 'Vegetables'],
  [/soap|toothpaste|shampoo/i, 'Personal Care'],
  [/surf|vim|harpic|agarbatti|matchbox/i, 'Household'],
];

/** When the opening lot of a fresh product expires, counted from the day the demo shop is made. */
export function demoExpiry(name: string, today: Date): string | null {
  const days = SHELF_LIFE_DAYS[name];
  return days === undefined ? null : new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export const demoSuppliers = [
  {
    id: 'supp-demo-001',
    name: 'Malwa Agencies',
    gstin: '23AAHFM4321K1Z' + gstinCheckChar('23AAHFM4321K1Z'),
    stateCode: '23',
    paymentTermsDays: 15,
    phone: '9826012345',
    address: 'Chhoti Gwaltoli, Indore',
    active: true,
  },
  {
    id: 'supp-demo-002',
    name: 'Sanchi Dairy Distributors',
    gstin: null,
    stateCode: '23',
    paymentTermsDays: 7,
    phone: '9425098765',
    address: 'Dewas Naka, Indore',
    active: true,
  },
];

export const demoCatalog: OpeningItem[] = ROWS.map(([name, nameHi, hsn, gst, mrp, price, cost, unit, opening], i) => ({
  product: {
    id: `prod-demo-${String(i + 1).padStart(3, '0')}`,
    name,
    nameHi,
    barcodes: unit === 'kg' ? [] : [demoBarcode(i + 1)],
    hsn,
    gstRateBp: gst * 100,
    mrpPaise: mrp === null ? null : paise(mrp),
    pricePaise: paise(price),
    costPaise: paise(cost),
    unit,
    loose: unit === 'kg',
    category: CATEGORY.find(([re]) => re.test(name))?.[1] ?? '',
    reorderLevelMilli: (REORDER[name]?.[0] ?? Math.round(opening / 4)) * 1000,
    reorderQtyMilli: (REORDER[name]?.[1] ?? opening) * 1000,
    // Loose goods sold from the weighing scale: its PLU is the product's number.
    plu: unit === 'kg' ? String(i + 1) : null,
  },
  openingQtyMilli: opening * 1000,
}));

export const demoCustomers = [
  { name: 'Sunita Sharma', phone: '9876543210', creditLimitPaise: 500000 },
  { name: 'Rahul Verma', phone: '9425012345', creditLimitPaise: 200000 },
  {
    name: 'Gupta Traders',
    phone: '9300011122',
    gstin: '23AAGFG1234M1Z' + gstinCheckChar('23AAGFG1234M1Z'),
    address: 'Siyaganj, Indore',
    creditLimitPaise: 5000000,
  },
];
