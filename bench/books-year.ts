import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiClient, ParamsIn } from '../app/core/contract';
import { gstinCheckChar } from '../app/core/gst';
import type { Clock } from '../app/core/services/ports';
import { createHost } from '../app/host/create-host';
import { demoCatalog } from '../app/host/demo/demo-shop';
import { prng } from './bill-carts';
import { signIn } from './lib/sign-in';

/**
 * A year of a busy shop for the books benchmarks: FY 2025-26 (01-04-2025 to 31-03-2026), 300 bills
 * a day (109,500 bills, about 600k lines: carts of 2 to 9 lines), a tenth of them on khata to 400
 * customers and one in fifty B2B (some inter-state), returns, khata receipts, daily expenses and
 * bank deposits, monthly rent, power and salaries; a purchase bill a day from one of the two
 * distributors (its products filled back up, with batch and expiry, on credit), paid from the bank
 * on the 1st and 15th, and a debit note on the 20th. Everything goes through the real client → dispatcher →
 * services; a day is one outer transaction (each action a savepoint in it). The file is kept in
 * bench/.data (gitignored) and reused while GENERATOR_VERSION is unchanged.
 */
export const GENERATOR_VERSION = 'books-year-4';
const SUPPLIERS = ['supp-demo-001', 'supp-demo-002'] as const;
const RESTOCK_TO_MILLI = 250_000;
export const FY = { from: '2025-04-01', to: '2026-03-31', label: '2025-26' };
export const BILLS_PER_DAY = 300;
const DATA_DIR = join(import.meta.dirname, '.data');
export const YEAR_FILE = join(DATA_DIR, `${GENERATOR_VERSION}.sqlite`);

type Lines = ParamsIn<'billing.quote'>['lines'];
interface Cart {
  lines: Lines;
  payablePaise: number;
}

export function settableClock(): Clock & { at: Date } {
  const clock = { at: new Date(), now: () => new Date(clock.at) };
  return clock;
}

async function carts(client: ApiClient, count: number, random: () => number, extra: Partial<ParamsIn<'billing.quote'>> = {}): Promise<Cart[]> {
  const products = demoCatalog.map((i) => i.product);
  const out: Cart[] = [];
  for (let c = 0; c < count; c++) {
    const size = 2 + Math.floor(random() * 8);
    const picked = new Set<number>();
    while (picked.size < size) picked.add(Math.floor(random() * products.length));
    const lines = [...picked].map((i) => {
      const p = products[i];
      if (!p?.id) throw new Error('demo product without id');
      return { productId: p.id, qtyMilli: p.loose ? 250 * (1 + Math.floor(random() * 8)) : 1000 * (1 + Math.floor(random() * 3)) };
    });
    const quote = await client.call('billing.quote', { lines, ...extra });
    out.push({ lines, payablePaise: quote.totals.payablePaise });
  }
  return out;
}

const day = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const gstin = (state: string, n: number) => {
  const body = `${state}AAB${'CFHPT'[n % 5]}${String.fromCharCode(65 + (n % 26))}${String(1000 + n).slice(-4)}${String.fromCharCode(65 + ((n * 7) % 26))}1Z`;
  return body + gstinCheckChar(body);
};

/**
 * The day's goods from a distributor on credit: each supplier carries half the catalogue and calls
 * every other day, filling each of its products back up to three days' sales (about 80 units a day
 * each), so stock stays about level; suppliers paid on the 1st and 15th; a debit note on the 20th.
 */
async function purchases(client: ApiClient, d: number, date: string, random: () => number) {
  const supplierId = SUPPLIERS[d % SUPPLIERS.length] ?? SUPPLIERS[0];
  const products = demoCatalog.map((i) => i.product).filter((_, i) => i % SUPPLIERS.length === d % SUPPLIERS.length);
  const onHand = new Map((await client.call('inventory.onHand', { productIds: products.map((p) => p.id ?? '') })).map((r) => [r.productId, r.qtyMilli]));
  const lines = products.flatMap((p, k) => {
    const short = RESTOCK_TO_MILLI - (onHand.get(p.id ?? '') ?? 0);
    if (!p.id || short <= 0) return [];
    return [
      {
        productId: p.id,
        qtyMilli: Math.ceil(short / 1000) * 1000,
        freeMilli: k === 0 ? 2000 : 0,
        unitCostPaise: p.costPaise ?? Math.round(p.pricePaise * 0.8),
        batchNo: `Y${d}-${k}`,
        expiryDate: day(date, 90 + Math.floor(random() * 270)),
      },
    ];
  });
  if (lines.length === 0) return;
  const bill = await client.call('purchasing.postBill', {
    supplierId,
    supplierInvoiceNo: `${supplierId === SUPPLIERS[0] ? 'MA' : 'SD'}/${2500 + d}`,
    supplierDate: date,
    lines,
  });
  if (date.endsWith('-20')) {
    const line = bill.lines[1];
    if (line) await client.call('purchasing.postReturn', { billId: bill.id, lines: [{ batchId: line.batchId, qtyMilli: 1000 }], reason: 'Damaged in transit' });
  }
  if (date.endsWith('-01') || date.endsWith('-15')) {
    for (const s of await client.call('khata.suppliers', {})) {
      if (s.balancePaise > 0)
        await client.call('accounting.payment', { to: { supplierId: s.supplierId }, amountPaise: s.balancePaise, from: 'BANK', reference: `NEFT ${date}` });
    }
  }
}

/** Generates the year unless the cached file is there; returns its path and how it was made. */
export async function yearOfBooks(log: (s: string) => void = () => {}): Promise<{ file: string; generatedS: number | null }> {
  if (existsSync(YEAR_FILE)) return { file: YEAR_FILE, generatedS: null };
  mkdirSync(DATA_DIR, { recursive: true });
  const tmp = `${YEAR_FILE}.tmp`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const clock = settableClock();
  clock.at = new Date(`${day(FY.from, -1)}T04:00:00Z`);
  const host = createHost({ dbFile: tmp, clock, registerDevicesOnLogin: true, log: () => {} });
  const started = performance.now();
  try {
    let counter = await signIn(host, 'manager', 'bench-counter');
    const owner = await signIn(host, 'owner', 'bench-office');
    const random = prng(2025);
    await owner.call('accounting.journal', {
      narration: 'Capital brought in',
      lines: [
        { account: 'BANK', debitPaise: 50_00_000_00 },
        { account: 'CAPITAL', creditPaise: 50_00_000_00 },
      ],
    });
    const khata: string[] = [];
    for (let i = 0; i < 400; i++)
      khata.push((await counter.call('customers.add', { name: `Khata Customer ${i + 1}`, phone: `98${String(10000000 + i * 7919).slice(-8)}` })).id);
    const b2b: Array<{ id: string; pos: string }> = [];
    for (let i = 0; i < 40; i++) {
      const state = i % 4 === 0 ? '27' : '23';
      b2b.push({ id: (await counter.call('customers.add', { name: `Trader ${i + 1}`, gstin: gstin(state, i) })).id, pos: state });
    }
    const walkIn = await carts(counter, 160, random);
    const interCarts = await carts(counter, 16, random, { placeOfSupply: '27' });
    const raw = host.store.raw;
    raw.pragma('cache_size = -1048576');
    const recent: Array<{ id: string; lines: number }> = [];
    let n = 0;
    for (let d = 0; d < 365; d++) {
      const date = day(FY.from, d);
      const at = (minute: number) => {
        clock.at = new Date(Date.parse(`${date}T03:30:00Z`) + minute * 60_000);
      };
      // A new day, a new sign-in: the generator's clock runs past a session's life.
      at(0);
      counter = await signIn(host, 'manager', 'bench-counter');
      raw.exec('BEGIN IMMEDIATE');
      try {
        for (let b = 0; b < BILLS_PER_DAY; b++, n++) {
          at(b * 2);
          const r = random();
          const b2bBuyer = r < 0.02 ? b2b[Math.floor(random() * b2b.length)] : undefined;
          const cart = b2bBuyer?.pos === '27' ? (interCarts[n % interCarts.length] as Cart) : (walkIn[n % walkIn.length] as Cart);
          const onKhata = !b2bBuyer && r < 0.12;
          const customerId = b2bBuyer?.id ?? (onKhata ? khata[Math.floor(random() * khata.length)] : undefined);
          const method = onKhata ? 'credit' : r < 0.55 ? 'cash' : r < 0.92 ? 'upi' : 'card';
          const inv = await counter.call('billing.postInvoice', {
            clientRef: `year-bill-${n}`,
            lines: cart.lines,
            ...(customerId ? { customerId } : {}),
            ...(b2bBuyer?.pos === '27' ? { placeOfSupply: '27' } : {}),
            tenders: [{ method, amountPaise: cart.payablePaise }],
            creditLimitAck: true,
          });
          recent.push({ id: inv.id, lines: inv.lines.length });
          if (recent.length > 200) recent.shift();
        }
        at(620);
        for (let k = 0; k < 3; k++) {
          const bill = recent[Math.floor(random() * recent.length)];
          if (bill) {
            await counter
              .call('accounting.creditNote', {
                clientRef: `year-cn-${d}-${k}`,
                invoiceId: bill.id,
                lines: [{ lineNo: 1 + Math.floor(random() * bill.lines), qtyMilli: 250 }],
                refund: 'cash',
                reason: 'Returned at the counter',
              })
              .catch(() => undefined); // a packet cannot be returned in quarters, or the line was returned already
          }
        }
        for (let k = 0; k < 25; k++) {
          await counter.call('khata.receive', {
            customerId: khata[Math.floor(random() * khata.length)] ?? '',
            amountPaise: 10_000 * (1 + Math.floor(random() * 20)),
            method: random() < 0.6 ? 'cash' : 'upi',
          });
        }
        await purchases(counter, d, date, random);
        await counter.call('accounting.expense', {
          account: 'SHOP_EXPENSES',
          amountPaise: 5_000 + Math.floor(random() * 50_000),
          paidFrom: 'CASH',
          narration: 'Tea, bags, cleaning',
        });
        await counter.call('accounting.contra', { from: 'CASH', to: 'BANK', amountPaise: 40_000_00, reference: `Deposit ${date}` });
        if (date.endsWith('-05')) {
          await counter.call('accounting.expense', { account: 'RENT', amountPaise: 25_000_00, paidFrom: 'BANK', reference: 'Shop rent' });
          await counter.call('accounting.expense', {
            account: 'ELECTRICITY',
            amountPaise: 6_000_00 + Math.floor(random() * 2_000_00),
            tax: { cgstPaise: 0, sgstPaise: 0 },
            paidFrom: 'BANK',
            reference: 'MPEB',
          });
          await counter.call('accounting.expense', {
            account: 'FREIGHT',
            amountPaise: 3_000_00,
            tax: { cgstPaise: 27_00, sgstPaise: 27_00 },
            paidFrom: 'BANK',
            reference: 'GTA',
          });
          await counter.call('accounting.payment', { to: { account: 'SALARIES' }, amountPaise: 36_000_00, from: 'BANK', narration: 'Two helpers' });
        }
        raw.exec('COMMIT');
      } catch (e) {
        raw.exec('ROLLBACK');
        throw e;
      }
      if (d % 30 === 29) log(`  ${date}: ${n} bills, ${Math.round((performance.now() - started) / 1000)} s`);
    }
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.exec('ANALYZE');
  } finally {
    host.close();
  }
  for (const f of ['-wal', '-shm']) rmSync(`${tmp}${f}`, { force: true });
  renameSync(tmp, YEAR_FILE);
  return { file: YEAR_FILE, generatedS: Math.round((performance.now() - started) / 1000) };
}
