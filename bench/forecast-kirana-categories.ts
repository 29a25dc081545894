/**
 * The categories of the generated kirana history and what moves each one. Festival lifts are
 * multipliers of a normal day's sales: `pre` is reached the day before the festival and fades
 * over `ramp` days further back (shoppers buy ahead), `on` holds on the festival's own days,
 * `after` on the three days that follow (stocked-up homes buy less). Figures are set from what
 * Indian retail reports describe (sweets and dry fruits several times their usual in Diwali week,
 * gulal and rakhi selling almost only in their festival), not measured from any shop.
 */
export interface FestivalLift {
  pre: number;
  on: number;
  after?: number;
  /** days over which the build-up fades (default 5) */
  ramp?: number;
}

export interface CategorySpec {
  name: string;
  /** share of the shop's products */
  share: number;
  /** a product's usual units a day: log-uniform between these */
  rate: [number, number];
  /** price range in rupees */
  price: [number, number];
  /** Sunday … Saturday */
  weekly: [number, number, number, number, number, number, number];
  salaryWeek: number;
  /** month (1–12) → multiplier, smooth between months */
  season?: Partial<Record<number, number>>;
  weddingSeason?: number;
  festivals: Partial<Record<string, FestivalLift>>;
  /** share of its products that run promotions */
  promoShare: number;
  /** negative binomial dispersion range (lower: lumpier) */
  dispersion: [number, number];
}

const flatWeek: CategorySpec['weekly'] = [1.1, 0.95, 0.95, 0.95, 1, 1, 1.05];
const weekendWeek: CategorySpec['weekly'] = [1.35, 0.85, 0.85, 0.9, 0.95, 1.05, 1.25];

export const CATEGORIES: readonly CategorySpec[] = [
  {
    name: 'dairy',
    share: 0.08,
    rate: [8, 70],
    price: [25, 120],
    weekly: [1.2, 0.95, 0.95, 0.95, 0.95, 1, 1.1],
    salaryWeek: 1.02,
    festivals: { janmashtami: { pre: 1.3, on: 1.8 }, holi: { pre: 1.5, on: 1.2 }, 'eid-ul-fitr': { pre: 1.6, on: 1.4 }, diwali: { pre: 1.4, on: 1.3 } },
    promoShare: 0.05,
    dispersion: [15, 40],
  },
  {
    name: 'staples',
    share: 0.14,
    rate: [1.5, 25],
    price: [40, 450],
    weekly: flatWeek,
    salaryWeek: 1.35,
    weddingSeason: 1.12,
    festivals: { diwali: { pre: 1.5, on: 0.9, ramp: 10 }, sankranti: { pre: 1.3, on: 1.1 }, 'eid-ul-fitr': { pre: 1.3, on: 0.9 } },
    promoShare: 0.3,
    dispersion: [6, 20],
  },
  {
    name: 'oil-ghee',
    share: 0.06,
    rate: [1, 12],
    price: [120, 650],
    weekly: flatWeek,
    salaryWeek: 1.3,
    weddingSeason: 1.15,
    festivals: {
      diwali: { pre: 2.2, on: 1.2, after: 0.7, ramp: 8 },
      holi: { pre: 1.4, on: 1 },
      sankranti: { pre: 1.4, on: 1.1 },
      'eid-ul-fitr': { pre: 1.5, on: 1 },
    },
    promoShare: 0.35,
    dispersion: [5, 15],
  },
  {
    name: 'sweets',
    share: 0.06,
    rate: [0.8, 10],
    price: [60, 500],
    weekly: weekendWeek,
    salaryWeek: 1.05,
    festivals: {
      diwali: { pre: 4.5, on: 3.5, after: 0.6, ramp: 6 },
      'raksha-bandhan': { pre: 2.8, on: 3, after: 0.8, ramp: 4 },
      holi: { pre: 2, on: 1.8 },
      'eid-ul-fitr': { pre: 1.8, on: 1.6 },
      dussehra: { pre: 1.4, on: 1.6 },
      'ganesh-chaturthi': { pre: 1.6, on: 1.5 },
      janmashtami: { pre: 1.3, on: 1.5 },
    },
    promoShare: 0.25,
    dispersion: [4, 12],
  },
  {
    name: 'dry-fruits',
    share: 0.05,
    rate: [0.3, 4],
    price: [150, 1200],
    weekly: flatWeek,
    salaryWeek: 1.15,
    season: { 12: 1.3, 1: 1.3, 6: 0.85, 7: 0.85 },
    festivals: {
      diwali: { pre: 4, on: 2, after: 0.6, ramp: 9 },
      'eid-ul-fitr': { pre: 2.5, on: 1.2, ramp: 8 },
      'raksha-bandhan': { pre: 1.8, on: 1.5 },
      christmas: { pre: 1.3, on: 1.1 },
    },
    promoShare: 0.3,
    dispersion: [2, 8],
  },
  {
    name: 'snacks',
    share: 0.12,
    rate: [1, 15],
    price: [10, 120],
    weekly: weekendWeek,
    salaryWeek: 1.05,
    festivals: { diwali: { pre: 1.7, on: 1.5 }, holi: { pre: 1.8, on: 1.5 }, christmas: { pre: 1.2, on: 1.3 }, navratri: { pre: 1, on: 0.85 } },
    promoShare: 0.35,
    dispersion: [5, 15],
  },
  {
    name: 'beverages',
    share: 0.08,
    rate: [1, 20],
    price: [20, 150],
    weekly: weekendWeek,
    salaryWeek: 1.05,
    season: { 1: 0.7, 2: 0.8, 3: 1.05, 4: 1.4, 5: 1.7, 6: 1.5, 7: 1.1, 8: 1, 9: 1, 10: 0.95, 11: 0.8, 12: 0.7 },
    festivals: { holi: { pre: 1.6, on: 1.7 }, christmas: { pre: 1.3, on: 1.5 }, diwali: { pre: 1.4, on: 1.5 } },
    promoShare: 0.4,
    dispersion: [4, 15],
  },
  {
    name: 'puja',
    share: 0.05,
    rate: [0.3, 5],
    price: [10, 150],
    weekly: [1.15, 1.1, 1, 0.95, 0.9, 0.95, 0.95],
    salaryWeek: 1,
    festivals: {
      diwali: { pre: 6, on: 5, after: 0.5, ramp: 6 },
      navratri: { pre: 2, on: 2.5 },
      'ganesh-chaturthi': { pre: 2.5, on: 2.2 },
      janmashtami: { pre: 1.8, on: 2 },
      dussehra: { pre: 1.5, on: 1.5 },
      sankranti: { pre: 1.5, on: 1.5 },
    },
    promoShare: 0.05,
    dispersion: [2, 8],
  },
  {
    name: 'household',
    share: 0.1,
    rate: [0.5, 8],
    price: [30, 400],
    weekly: flatWeek,
    salaryWeek: 1.3,
    festivals: { diwali: { pre: 2.3, on: 0.8, after: 0.7, ramp: 12 }, holi: { pre: 1.1, on: 1, after: 1.4 } },
    promoShare: 0.35,
    dispersion: [4, 12],
  },
  {
    name: 'personal-care',
    share: 0.12,
    rate: [0.5, 8],
    price: [20, 350],
    weekly: flatWeek,
    salaryWeek: 1.3,
    weddingSeason: 1.1,
    festivals: { diwali: { pre: 1.3, on: 1 }, 'eid-ul-fitr': { pre: 1.3, on: 1 } },
    promoShare: 0.35,
    dispersion: [4, 12],
  },
  {
    name: 'bakery',
    share: 0.06,
    rate: [2, 30],
    price: [10, 80],
    weekly: [1.25, 1, 0.95, 0.95, 0.95, 1, 1.1],
    salaryWeek: 1.02,
    festivals: { christmas: { pre: 2.5, on: 2, ramp: 4 }, diwali: { pre: 1.2, on: 1 } },
    promoShare: 0.15,
    dispersion: [8, 25],
  },
  {
    name: 'fasting',
    share: 0.03,
    rate: [0.1, 1.5],
    price: [40, 250],
    weekly: flatWeek,
    salaryWeek: 1.05,
    festivals: { navratri: { pre: 3, on: 5, after: 0.5, ramp: 4 }, janmashtami: { pre: 2.5, on: 3 }, 'ganesh-chaturthi': { pre: 1.3, on: 1.3 } },
    promoShare: 0.05,
    dispersion: [1.5, 5],
  },
  {
    name: 'sankranti',
    share: 0.02,
    rate: [0.2, 2],
    price: [30, 200],
    weekly: flatWeek,
    salaryWeek: 1,
    season: { 12: 1.5, 1: 1.8, 2: 1.2, 5: 0.7, 6: 0.7 },
    festivals: { sankranti: { pre: 4, on: 3, after: 0.6, ramp: 7 }, diwali: { pre: 1.5, on: 1.2 } },
    promoShare: 0.05,
    dispersion: [1.5, 6],
  },
  {
    name: 'eid',
    share: 0.02,
    rate: [0.2, 2],
    price: [30, 300],
    weekly: [1, 1, 1, 1, 1, 1.15, 1],
    salaryWeek: 1,
    festivals: { 'eid-ul-fitr': { pre: 5, on: 3, after: 0.5, ramp: 10 }, 'eid-ul-adha': { pre: 2.5, on: 2, ramp: 5 } },
    promoShare: 0.05,
    dispersion: [1.5, 6],
  },
  {
    name: 'festival-goods',
    share: 0.01,
    rate: [0.02, 0.1],
    price: [20, 250],
    weekly: flatWeek,
    salaryWeek: 1,
    festivals: {
      holi: { pre: 40, on: 25, after: 0.3, ramp: 5 },
      'raksha-bandhan': { pre: 50, on: 20, after: 0.3, ramp: 6 },
      diwali: { pre: 30, on: 25, after: 0.3, ramp: 6 },
    },
    promoShare: 0,
    dispersion: [1, 3],
  },
];
