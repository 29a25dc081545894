import { query, type RepoContext } from '../context';

/** How far a summary has read: the newest bill's and credit note's rowid it has folded in. */
export interface Marks {
  invoices: number;
  notes: number;
}
/** A type, not an interface: the statements take it as their named parameters. */
export type Range = { from: number; upto: number };

export interface SalesSummary {
  /** folds in what is new (or, on a read-only connection, only says whether anything is): true when the summary answers for every bill */
  refresh(): boolean;
}

/** One summary of the bills by period (a month, a day): its own tables and statements. */
export interface Folding {
  marks(): Marks;
  saveMarks(now: Marks): void;
  /** each period's cancelled bills as doc_daily counts them, beside the count the summary last saw */
  cancels(): { period: string; cancelled: number; seen: number | null }[];
  /** the periods folded so far */
  periods(): string[];
  clear(): void;
  foldBills(bills: Range): void;
  foldReturns(notes: Range): void;
  /** a period first folded just now left its cancelled bills out already: only the count is noted */
  noteCancels(period: string, cancelled: number): void;
  /** a period whose cancelled bills changed is read again from its bills */
  remake(period: string, cancelled: number): void;
}

/**
 * A summary kept up to date when it is read, never by posting: bills and returns past the marks
 * are folded in, a period whose cancellations changed is made again, and a file whose bills went
 * back behind the marks (a restore into an old summary) is read again from the start.
 */
export function keepFolded(raw: RepoContext['raw'], f: Folding): SalesSummary {
  const newest = query<Marks>(
    raw,
    'SELECT (SELECT coalesce(max(rowid), 0) FROM invoices) AS invoices, (SELECT coalesce(max(rowid), 0) FROM credit_notes) AS notes',
  );
  const now = () => newest().get() ?? { invoices: 0, notes: 0 };

  const bringUpToDate = () => {
    const was = f.marks();
    const upto = now();
    const restart = upto.invoices < was.invoices || upto.notes < was.notes;
    if (restart) f.clear();
    const known = new Set(restart ? [] : f.periods());
    const bills = { from: restart ? 0 : was.invoices, upto: upto.invoices };
    const notes = { from: restart ? 0 : was.notes, upto: upto.notes };
    if (bills.upto > bills.from) f.foldBills(bills);
    if (notes.upto > notes.from) f.foldReturns(notes);
    for (const c of f.cancels()) {
      if (c.seen === c.cancelled) continue;
      if (!known.has(c.period) && c.seen !== null) f.noteCancels(c.period, c.cancelled);
      else f.remake(c.period, c.cancelled);
    }
    f.saveMarks(upto);
  };

  const behind = (): boolean => {
    const was = f.marks();
    const upto = now();
    return upto.invoices !== was.invoices || upto.notes !== was.notes || f.cancels().some((c) => c.seen !== c.cancelled);
  };

  return {
    refresh() {
      if (!behind()) return true;
      if (raw.readonly) return false;
      raw.transaction(bringUpToDate)();
      return true;
    },
  };
}

/** New bills and credit notes, between two marks, and one day's bills: the scopes a day summary's statements are made for. */
export const NEW_BILLS = 'i.rowid > @from AND i.rowid <= @upto';
const NEW_NOTES = 'n.rowid > @from AND n.rowid <= @upto';
const ON_DAY = 'i.date = @date';

/** What a day summary keeps of its own; its marks and its days' cancellations are kept alike for each. */
export interface DaySummary {
  /** the statement folding in the posted bills' lines in `scope` (a condition on invoices i) */
  foldLines(scope: string): string;
  /** the statement taking off the returns in `scope` (a condition on credit notes n and their bills i) */
  foldReturns(scope: string): string;
  /** more statements run over each range of new bills, before their days are noted */
  withNewBills?: readonly string[];
  /** deletes the summary's rows: one day's, or all */
  forget(date?: string): void;
}

/**
 * A summary by day kept up to date when read. Its tables besides its own are `<name>_marks` (one
 * row, id 1: the last invoice and credit note rowid folded in) and `<name>_days` (date,
 * cancels_seen), as the migrations make them for each day summary. The name is the code's own,
 * never a user's.
 */
export function keepDaysFolded(raw: RepoContext['raw'], name: 'sales_party' | 'sales_product', own: DaySummary): SalesSummary {
  const statement = (text: string) => query<never, Record<string, string | number>>(raw, text);
  const newBills = [own.foldLines(NEW_BILLS), ...(own.withNewBills ?? [])].map(statement);
  const newReturns = statement(own.foldReturns(NEW_NOTES));
  const dayLines = statement(own.foldLines(ON_DAY));
  const dayReturns = statement(own.foldReturns(ON_DAY));
  const daysSeen = statement(`INSERT INTO ${name}_days (date, cancels_seen)
    SELECT DISTINCT i.date, 0 FROM invoices i WHERE ${NEW_BILLS} ON CONFLICT (date) DO NOTHING`);
  const marks = query<Marks>(raw, `SELECT invoice_rowid AS invoices, credit_note_rowid AS notes FROM ${name}_marks WHERE id = 1`);
  const saveMarks = query<never, Marks>(raw, `UPDATE ${name}_marks SET invoice_rowid = @invoices, credit_note_rowid = @notes WHERE id = 1`);
  const days = query<{ date: string }>(raw, `SELECT date FROM ${name}_days`);
  const cancels = query<{ period: string; cancelled: number; seen: number | null }>(
    raw,
    `SELECT d.date AS period, d.cancelled AS cancelled, s.cancels_seen AS seen FROM
      (SELECT date, sum(cancelled) AS cancelled FROM doc_daily GROUP BY 1) d
      LEFT JOIN ${name}_days s ON s.date = d.date`,
  );
  const noteCancels = query<never, [number, string]>(raw, `UPDATE ${name}_days SET cancels_seen = ? WHERE date = ?`);
  const sawDay = query<never, [string, number]>(
    raw,
    `INSERT INTO ${name}_days (date, cancels_seen) VALUES (?, ?) ON CONFLICT (date) DO UPDATE SET cancels_seen = excluded.cancels_seen`,
  );
  const clearDays = query<never>(raw, `DELETE FROM ${name}_days`);
  return keepFolded(raw, {
    marks: () => marks().get() ?? { invoices: 0, notes: 0 },
    saveMarks: (now) => void saveMarks().run(now),
    cancels: () => cancels().all(),
    periods: () =>
      days()
        .all()
        .map((r) => r.date),
    clear: () => {
      own.forget();
      clearDays().run();
    },
    foldBills: (bills) => {
      for (const s of newBills) s().run(bills);
      daysSeen().run(bills);
    },
    foldReturns: (notes) => void newReturns().run(notes),
    noteCancels: (date, cancelled) => void noteCancels().run(cancelled, date),
    remake: (date, cancelled) => {
      own.forget(date);
      dayLines().run({ date });
      dayReturns().run({ date });
      sawDay().run(date, cancelled);
    },
  });
}
