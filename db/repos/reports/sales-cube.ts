import { query, type RepoContext } from '../context';

/**
 * Every bill line kept in memory as columns of numbers, for the custom report builder: a line
 * knows its bill, product, HSN and figures after returns; a bill its day, customer, cashier,
 * tender and whether it still stands. What a product is (its category, brand, last supplier) is
 * read from the products when a report is made, so a product moved to another category needs no
 * re-fold at all. Any grouping, pair or triple, is then one pass over the lines (sales-cube-query.ts),
 * a bill counted once per group because a bill's lines sit together.
 *
 * It is filled and kept up to date in slices (`step`), each a few milliseconds, from the invoice and
 * credit note rowids last read (both tables refuse deletes, so rowids only grow); a day whose count
 * of cancelled bills in doc_daily moved has its cancelled bills marked again.
 */

/** A growable column of numbers. */
class Column<T extends Float64Array | Int32Array | Uint8Array> {
  length = 0;
  constructor(public data: T) {}
  push(v: number) {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(Math.max(1024, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
}
const f64 = () => new Column(new Float64Array(1024));
const i32 = () => new Column(new Int32Array(1024));

/** Strings as small numbers; 0 stands for none. */
export class Words {
  readonly list: Array<string | null> = [null];
  private readonly codes = new Map<string, number>();
  code(word: string | null): number {
    if (word === null) return 0;
    let c = this.codes.get(word);
    if (c === undefined) {
      c = this.list.length;
      this.list.push(word);
      this.codes.set(word, c);
    }
    return c;
  }
  find(word: string): number | undefined {
    return this.codes.get(word);
  }
}

export const TENDER_WORDS = ['none', 'cash', 'upi', 'card', 'credit', 'mixed'] as const;
const tenderCode = (t: string) =>
  Math.max(
    0,
    TENDER_WORDS.findIndex((w) => w === t),
  );
const DAY_MS = 86_400_000;
export const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

interface BillRow {
  rowid: number;
  date: string;
  posted: number;
  customer: string | null;
  cashier: string;
  tender: string;
}
interface LineRow {
  rowid: number;
  lineNo: number;
  product: string;
  hsn: string;
  nameHi: string | null;
  qty: number;
  taxable: number;
  tax: number;
  cost: number;
}
type ReturnRow = Omit<LineRow, 'product' | 'hsn' | 'nameHi'>;

/** Bills read per statement: a few milliseconds of work, so a slice can stop between two. */
const CHUNK = 100;

const BILLS = `SELECT i.rowid AS rowid, i.date AS date, i.status = 'posted' AS posted, i.customer_id AS customer, i.user_id AS cashier,
  (SELECT CASE count(DISTINCT p.method) WHEN 0 THEN 'none' WHEN 1 THEN min(p.method) ELSE 'mixed' END FROM payments p WHERE p.invoice_id = i.id) AS tender
  FROM invoices i WHERE i.rowid > @from AND i.rowid <= @upto ORDER BY i.rowid`;
const LINES = `SELECT i.rowid AS rowid, l.line_no AS lineNo, l.product_id AS product, l.hsn AS hsn, l.name_hi AS nameHi, l.qty_milli AS qty,
  l.taxable_paise AS taxable, l.cgst_paise + l.sgst_paise + l.igst_paise + l.cess_paise AS tax, l.cost_paise AS cost
  FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id WHERE i.rowid > @from AND i.rowid <= @upto ORDER BY i.rowid, l.line_no`;
const RETURNS = `SELECT i.rowid AS rowid, cl.invoice_line_no AS lineNo, cl.qty_milli AS qty, cl.taxable_paise AS taxable,
  cl.cgst_paise + cl.sgst_paise + cl.igst_paise + cl.cess_paise AS tax, cl.cost_paise AS cost
  FROM credit_notes n JOIN credit_note_lines cl ON cl.credit_note_id = n.id JOIN invoices i ON i.id = n.invoice_id
  WHERE n.rowid > @from AND n.rowid <= @upto`;
const NEWEST = 'SELECT (SELECT coalesce(max(rowid), 0) FROM invoices) AS invoices, (SELECT coalesce(max(rowid), 0) FROM credit_notes) AS notes';
const CANCELS = 'SELECT date, sum(cancelled) AS cancelled FROM doc_daily GROUP BY date';
const CANCELLED_ON = "SELECT rowid FROM invoices WHERE date = ? AND status = 'cancelled'";

export type Marks = { invoices: number; notes: number };

export class SalesCube {
  // per bill
  readonly billRowid = f64();
  readonly billDay = i32();
  readonly billCustomer = i32();
  readonly billCashier = i32();
  readonly billTender = i32();
  readonly billPosted = new Column(new Uint8Array(1024));
  // per line
  readonly lineBill = i32();
  readonly lineNo = i32();
  readonly lineProduct = i32();
  readonly lineHsn = i32();
  readonly lineNameHi = i32();
  readonly qty = f64();
  readonly taxable = f64();
  readonly tax = f64();
  readonly cost = f64();
  /** the first line of each bill (a bill's lines sit together, in the order of its bills) */
  readonly billFirstLine = i32();

  readonly products = new Words();
  readonly hsns = new Words();
  readonly namesHi = new Words();
  readonly customers = new Words();
  readonly cashiers = new Words();

  private marks: Marks = { invoices: 0, notes: 0 };
  /** where the invoices stand that the credit notes up to `target.notes` may return */
  private target: Marks | null = null;
  private cancelsSeen: Map<string, number> | null = null;

  private readonly newest;
  private readonly bills;
  private readonly lines;
  private readonly returns;
  private readonly cancels;
  private readonly cancelledOn;

  constructor(raw: RepoContext['raw']) {
    this.newest = query<Marks>(raw, NEWEST);
    this.bills = query<BillRow, { from: number; upto: number }>(raw, BILLS);
    this.lines = query<LineRow, { from: number; upto: number }>(raw, LINES);
    this.returns = query<ReturnRow, { from: number; upto: number }>(raw, RETURNS);
    this.cancels = query<{ date: string; cancelled: number }>(raw, CANCELS);
    this.cancelledOn = query<{ rowid: number }, [string]>(raw, CANCELLED_ON);
  }

  get lineCount() {
    return this.lineBill.length;
  }
  get billCount() {
    return this.billRowid.length;
  }

  /** How many bills and returns are not folded in yet (cancellations are cheap and not counted). */
  behind(): number {
    const now = this.newest().get() ?? { invoices: 0, notes: 0 };
    if (now.invoices < this.marks.invoices || now.notes < this.marks.notes) return Number.POSITIVE_INFINITY;
    return now.invoices - this.marks.invoices + (now.notes - this.marks.notes);
  }

  /** Folds in for about `budgetMs`; true when every bill, return and cancellation up to now is in. */
  step(budgetMs: number): boolean {
    const started = performance.now();
    const caughtUp = this.target !== null && this.target.invoices === this.marks.invoices && this.target.notes === this.marks.notes;
    if (!this.target || caughtUp) this.target = this.newest().get() ?? { invoices: 0, notes: 0 };
    if (this.target.invoices < this.marks.invoices || this.target.notes < this.marks.notes) throw new Error('the shop file went back behind the folded bills');
    // Days seen before the first bill is read: a cancellation after that moves a day's count.
    this.cancelsSeen ??= new Map(
      this.cancels()
        .all()
        .map((r) => [r.date, r.cancelled]),
    );
    while (this.marks.invoices < this.target.invoices) {
      const upto = Math.min(this.target.invoices, this.marks.invoices + CHUNK);
      this.foldBills(this.marks.invoices, upto);
      this.marks.invoices = upto;
      if (performance.now() - started > budgetMs) return false;
    }
    if (this.marks.notes < this.target.notes) {
      this.foldReturns(this.marks.notes, this.target.notes);
      this.marks.notes = this.target.notes;
    }
    this.foldCancels();
    const now = this.newest().get() ?? { invoices: 0, notes: 0 };
    const done = now.invoices === this.marks.invoices && now.notes === this.marks.notes;
    if (!done) this.target = now;
    return done;
  }

  private foldBills(from: number, upto: number) {
    const base = this.billRowid.length;
    for (const b of this.bills().iterate({ from, upto })) {
      this.billRowid.push(b.rowid);
      this.billDay.push(dayNumber(b.date));
      this.billCustomer.push(this.customers.code(b.customer));
      this.billCashier.push(this.cashiers.code(b.cashier));
      this.billTender.push(tenderCode(b.tender));
      this.billPosted.push(b.posted);
      this.billFirstLine.push(-1);
    }
    let bill = base;
    for (const l of this.lines().iterate({ from, upto })) {
      while (this.billRowid.data[bill] !== l.rowid) bill++;
      if (this.billFirstLine.data[bill] === -1) this.billFirstLine.data[bill] = this.lineBill.length;
      this.lineBill.push(bill);
      this.lineNo.push(l.lineNo);
      this.lineProduct.push(this.products.code(l.product));
      this.lineHsn.push(this.hsns.code(l.hsn));
      this.lineNameHi.push(this.namesHi.code(l.nameHi));
      this.qty.push(l.qty);
      this.taxable.push(l.taxable);
      this.tax.push(l.tax);
      this.cost.push(l.cost);
    }
  }

  /** The bill with this invoice rowid (bills are kept in rowid order). */
  billOf(rowid: number): number {
    let lo = 0;
    let hi = this.billRowid.length - 1;
    const rows = this.billRowid.data;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = rows[mid] ?? 0;
      if (at === rowid) return mid;
      if (at < rowid) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private foldReturns(from: number, upto: number) {
    for (const r of this.returns().iterate({ from, upto })) {
      const bill = this.billOf(r.rowid);
      let line = bill < 0 ? -1 : (this.billFirstLine.data[bill] ?? -1);
      while (line >= 0 && line < this.lineBill.length && this.lineBill.data[line] === bill && this.lineNo.data[line] !== r.lineNo) line++;
      if (line < 0 || line >= this.lineBill.length || this.lineBill.data[line] !== bill) throw new Error('a return names a bill line not folded in');
      this.qty.data[line] = (this.qty.data[line] ?? 0) - r.qty;
      this.taxable.data[line] = (this.taxable.data[line] ?? 0) - r.taxable;
      this.tax.data[line] = (this.tax.data[line] ?? 0) - r.tax;
      this.cost.data[line] = (this.cost.data[line] ?? 0) - r.cost;
    }
  }

  /** A day whose cancelled count moved: its cancelled bills already folded in stop counting. */
  private foldCancels() {
    const seen = this.cancelsSeen;
    if (!seen) return;
    for (const { date, cancelled } of this.cancels().all()) {
      if (seen.get(date) === cancelled) continue;
      for (const { rowid } of this.cancelledOn().iterate(date)) {
        const bill = this.billOf(rowid);
        if (bill >= 0) this.billPosted.data[bill] = 0;
      }
      seen.set(date, cancelled);
    }
  }
}
