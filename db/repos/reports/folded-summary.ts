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
