import type { ApiClient, Result } from '../../app/core/contract';
import type { CustomFilterDimension } from '../../app/core/contract/areas/reports-custom';
import { DEMO_PRODUCTS } from '../accounting/model';
import { makeTestHost, type TestHost } from './test-host';

type Bill = Result<'billing.postInvoice'>;

/** How a report test's weeks of bills vary: everything else about them is the same for every such test. */
export interface ReportBillsShape {
  /** starts every client reference, so two tests' bills never share one */
  refPrefix: string;
  /** the customers' phone numbers start with it */
  phonePrefix: string;
  /** days of selling, one day apart, before the tests ask anything */
  days: number;
  /** a bill has 1 to this many lines */
  mostLines: number;
  /** which bills are returned, by index: bill 25 in part, the others whole */
  returned: readonly number[];
}

/**
 * A shop's weeks of bills for the report tests: two cashiers, walk-ins and three named customers,
 * every tender and split payments, three bills cancelled and three returned (one only in part).
 */
export class ReportBills {
  host!: TestHost;
  manager!: ApiClient;
  staff!: ApiClient;
  readonly people: string[] = [];
  readonly bills: Bill[] = [];
  private n = 0;

  constructor(private readonly shape: ReportBillsShape) {}

  /** A client reference not used before in this test. */
  ref(kind: string): string {
    return `${this.shape.refPrefix}-${kind}-${this.n++}`;
  }

  /** The day's bill: its lines, customer and tenders follow from the day, so a rerun sells the same. */
  async post(day: number, who = day % 2 === 0 ? this.manager : this.staff): Promise<void> {
    const lines = Array.from({ length: 1 + (day % this.shape.mostLines) }, (_, i) => ({
      productId: DEMO_PRODUCTS[(day * 5 + i * 7) % DEMO_PRODUCTS.length] ?? '',
      qtyMilli: (1 + i) * 1000,
    }));
    const customer = day % 3 === 0 ? { customerId: this.people[day % this.people.length] ?? '' } : {};
    const quote = await who.call('billing.quote', { lines, ...customer });
    const payable = quote.totals.payablePaise;
    const half = Math.floor(payable / 2);
    const tenders =
      day % 5 === 1
        ? [
            { method: 'cash' as const, amountPaise: half },
            { method: 'upi' as const, amountPaise: payable - half },
          ]
        : [{ method: (['cash', 'upi', 'card'] as const)[day % 3] ?? 'cash', amountPaise: payable }];
    this.bills.push(await who.call('billing.postInvoice', { clientRef: this.ref('bill'), lines, ...customer, tenders }));
  }

  /** Takes the bill back whole, or one unit of its first line. */
  giveBack(bill: Bill | undefined, whole: boolean): Promise<Result<'accounting.creditNote'>> {
    return this.manager.call('accounting.creditNote', {
      clientRef: this.ref('return'),
      invoiceId: bill?.id ?? '',
      lines: (bill?.lines ?? []).slice(0, whole ? undefined : 1).map((l) => ({ lineNo: l.lineNo, qtyMilli: whole ? l.qtyMilli : 1000 })),
      refund: 'cash',
      reason: 'Returned at the counter',
    });
  }

  /** Opens the host and sells the days; bill 25 is the one returned only in part. */
  async start(): Promise<void> {
    this.host = makeTestHost();
    this.manager = await this.host.as('manager');
    this.staff = await this.host.as('staff');
    for (const name of ['Asha Rao', 'Ravi Kumar', 'Meena Shah'])
      this.people.push(
        (await this.manager.call('customers.add', { name, phone: `${this.shape.phonePrefix}${this.people.length}1234`, creditLimitPaise: 1_00_000_00 })).id,
      );
    for (let day = 0; day < this.shape.days; day++) {
      await this.post(day);
      if (day % 4 === 0) await this.post(day + 1);
      this.host.clock.advance(86_400_000);
    }
    for (const at of [3, 17, 40]) await this.manager.call('billing.cancelInvoice', { id: this.bills[at]?.id ?? '', reason: 'Wrong items' });
    for (const at of this.shape.returned) await this.giveBack(this.bills[at], at !== 25);
  }

  /** The first bill's date, where a question's span starts. */
  first = (): string => this.bills[0]?.date ?? '';
  /** The last bill's date, where a question's span ends. */
  last = (): string => this.bills.at(-1)?.date ?? '';

  private one = (sql: string): string => this.host.store.raw.prepare<[], { v: string }>(sql).get()?.v ?? 'none';
  /** The first staff cashier's id. */
  staffId = (): string => this.one("SELECT id AS v FROM users WHERE role = 'staff' ORDER BY id LIMIT 1");
  /** Two values (one where a single one is asked) of each filter, taken from the shop's own data. */
  filterValues = (d: CustomFilterDimension): string[] =>
    ({
      product: [DEMO_PRODUCTS[1] ?? '', DEMO_PRODUCTS[4] ?? ''],
      category: [
        this.one("SELECT min(category) AS v FROM products WHERE category <> ''"),
        this.one("SELECT max(category) AS v FROM products WHERE category <> ''"),
      ],
      brand: [this.one("SELECT min(brand) AS v FROM products WHERE brand <> ''")],
      hsn: [this.one('SELECT min(hsn) AS v FROM invoice_lines')],
      supplier: [this.one('SELECT min(supplier_id) AS v FROM batches WHERE supplier_id IS NOT NULL')],
      customer: [this.people[0] ?? '', this.people[2] ?? ''],
      cashier: [this.staffId()],
      tender: ['cash', 'mixed'],
    })[d];
}
