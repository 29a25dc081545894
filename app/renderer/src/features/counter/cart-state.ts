import type { z } from 'zod';
import { uuidv7, type CounterProduct, type CustomerView } from '../../../../core/contract';

/** The counter keeps only what a bill line needs (search results carry more and fit too). */
export type Product = z.output<typeof CounterProduct>;
export type Customer = z.output<typeof CustomerView>;

export interface CartItem {
  product: Product;
  qtyMilli: number;
  unitPricePaise?: number;
  discountPaise?: number;
}

/** An open bill at the counter. `clientRef` makes posting idempotent if the network retries. */
export interface OpenBill {
  clientRef: string;
  items: CartItem[];
  customer: Customer | null;
  billDiscountPaise: number;
  selected: number;
  openedAt: number;
  /** the total last quoted, kept with a held bill for the list of held bills */
  payablePaise?: number;
}

export interface CounterState {
  bill: OpenBill;
  /** bills held here and not yet accepted by the host (it was unreachable): sent as soon as it answers */
  held: OpenBill[];
}

export type CartAction =
  | { type: 'add'; product: Product; qtyMilli: number }
  | { type: 'setQty'; index: number; qtyMilli: number }
  | { type: 'setDiscount'; index: number; discountPaise: number }
  | { type: 'remove'; index: number }
  | { type: 'select'; index: number }
  | { type: 'customer'; customer: Customer | null }
  | { type: 'hold'; payablePaise: number }
  | { type: 'resume'; index: number }
  | { type: 'load'; bill: OpenBill }
  | { type: 'sent'; clientRef: string }
  | { type: 'posted' }
  | { type: 'discard' };

export function newBill(now = Date.now()): OpenBill {
  return { clientRef: uuidv7(now, (b) => crypto.getRandomValues(b)), items: [], customer: null, billDiscountPaise: 0, selected: -1, openedAt: now };
}

const clamp = (i: number, n: number) => (n === 0 ? -1 : Math.max(0, Math.min(i, n - 1)));

function updateBill(bill: OpenBill, action: CartAction): OpenBill {
  switch (action.type) {
    case 'add': {
      // Scanning a packet already on the bill adds one more to its line; loose goods always get their own weighed line.
      const same = action.product.loose ? -1 : bill.items.findIndex((it) => it.product.id === action.product.id);
      const line = bill.items[same];
      if (line) {
        const items = bill.items.map((it, i) => (i === same ? { ...it, qtyMilli: line.qtyMilli + action.qtyMilli } : it));
        return { ...bill, items, selected: same };
      }
      const items = [...bill.items, { product: action.product, qtyMilli: action.qtyMilli }];
      return { ...bill, items, selected: items.length - 1 };
    }
    case 'setQty':
      return { ...bill, items: bill.items.map((it, i) => (i === action.index ? { ...it, qtyMilli: action.qtyMilli } : it)) };
    case 'setDiscount':
      return { ...bill, items: bill.items.map((it, i) => (i === action.index ? { ...it, discountPaise: action.discountPaise } : it)) };
    case 'remove': {
      const items = bill.items.filter((_, i) => i !== action.index);
      return { ...bill, items, selected: clamp(action.index, items.length) };
    }
    case 'select':
      return { ...bill, selected: clamp(action.index, bill.items.length) };
    case 'customer':
      return { ...bill, customer: action.customer };
    default:
      return bill;
  }
}

export function counterReducer(state: CounterState, action: CartAction): CounterState {
  switch (action.type) {
    case 'hold':
      return state.bill.items.length === 0 ? state : { bill: newBill(), held: [...state.held, { ...state.bill, payablePaise: action.payablePaise }] };
    case 'sent':
      return { ...state, held: state.held.filter((b) => b.clientRef !== action.clientRef) };
    case 'load':
      return { ...state, bill: { ...action.bill, selected: action.bill.items.length - 1 } };
    case 'resume': {
      const picked = state.held[action.index];
      if (!picked) return state;
      const held = state.held.filter((_, i) => i !== action.index);
      return { bill: picked, held: state.bill.items.length > 0 ? [...held, state.bill] : held };
    }
    case 'posted':
    case 'discard':
      return { ...state, bill: newBill() };
    default:
      return { ...state, bill: updateBill(state.bill, action) };
  }
}

/** The API's cart params for an open bill. */
export function cartParams(bill: OpenBill) {
  return {
    lines: bill.items.map((it) => ({
      productId: it.product.id,
      qtyMilli: it.qtyMilli,
      ...(it.unitPricePaise !== undefined ? { unitPricePaise: it.unitPricePaise } : {}),
      ...(it.discountPaise ? { discountPaise: it.discountPaise } : {}),
    })),
    billDiscountPaise: bill.billDiscountPaise,
    ...(bill.customer ? { customerId: bill.customer.id } : {}),
  };
}

const STORAGE_KEY = 'sk.counter';

/** Open and held bills survive a reload or a crash of the screen. */
export function loadCounterState(): CounterState {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw) {
      const saved = JSON.parse(raw) as Partial<CounterState>;
      if (saved.bill) return { bill: saved.bill, held: saved.held ?? [] };
    }
  } catch {
    /* a broken saved state starts fresh */
  }
  return { bill: newBill(), held: [] };
}

export function saveCounterState(state: CounterState) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
}
