import Database from 'better-sqlite3';

/**
 * What a shop file (or a backup of one) holds, read without changing it: SQLite's own check of
 * every page and index, the rows of the tables that carry the books, and the last bill, so a
 * person choosing a backup sees "12,615 bills, last C1/2627/12615 on 24 Nov" before trusting it.
 */
export type IntegrityLevel = 'full' | 'quick';

export interface ShopFileCheck {
  ok: boolean;
  /** what SQLite found wrong (the first few lines), or why the file could not be read */
  problems: string[];
  integrity: IntegrityLevel;
  checkedAt: string;
  ms: number;
  bytes: number;
  schemaVersion: number;
  shopName: string | null;
  /** posted bills, and rows of the other key tables */
  bills: number;
  counts: Record<string, number>;
  lastBill: { number: string; date: string; createdAt: string } | null;
}

export const KEY_TABLES = [
  'invoices',
  'invoice_lines',
  'payments',
  'credit_notes',
  'journal_entries',
  'journal_lines',
  'stock_moves',
  'products',
  'customers',
  'purchase_bills',
  'vouchers',
  'audit_log',
] as const;

const MAX_PROBLEMS = 10;

function tables(db: Database.Database): Set<string> {
  const rows = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
  return new Set(rows.map((r) => r.name));
}

/** Reads the figures of an open connection; throws what SQLite throws on a damaged page. */
function figures(db: Database.Database): Pick<ShopFileCheck, 'schemaVersion' | 'shopName' | 'bills' | 'counts' | 'lastBill'> {
  const present = tables(db);
  const counts: Record<string, number> = {};
  for (const t of KEY_TABLES) if (present.has(t)) counts[t] = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${t}"`).get()?.n ?? 0;
  const schemaVersion = present.has('schema_migrations')
    ? (db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations').get()?.v ?? 0)
    : 0;
  const shopName = present.has('shop') ? (db.prepare<[], { name: string }>('SELECT name FROM shop LIMIT 1').get()?.name ?? null) : null;
  const lastBill = present.has('invoices')
    ? (db
        .prepare<[], NonNullable<ShopFileCheck['lastBill']>>(
          'SELECT number, date, created_at AS createdAt FROM invoices ORDER BY date DESC, created_at DESC LIMIT 1',
        )
        .get() ?? null)
    : null;
  return { schemaVersion, shopName, bills: counts.invoices ?? 0, counts, lastBill };
}

/**
 * Opens `file` read-only and checks it. Never throws: a file that cannot be opened or read is a
 * check that failed, with the reason. `full` is integrity_check (every index entry against its
 * row; seconds on a big file), `quick` is quick_check (pages and structure; much faster).
 */
export function inspectShopFile(file: string, integrity: IntegrityLevel, bytes = 0): ShopFileCheck {
  const started = performance.now();
  const base = { integrity, bytes, checkedAt: new Date().toISOString(), schemaVersion: 0, shopName: null, bills: 0, counts: {}, lastBill: null };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db
      .prepare<[], string>(`PRAGMA ${integrity === 'full' ? 'integrity_check' : 'quick_check'}(${MAX_PROBLEMS})`)
      .pluck()
      .all();
    const problems = rows.length === 1 && rows[0] === 'ok' ? [] : rows;
    if (problems.length > 0) return { ...base, ok: false, problems, ms: performance.now() - started };
    const found = figures(db);
    const ok = found.schemaVersion > 0;
    return { ...base, ...found, ok, problems: ok ? [] : ['This is not a SmartKirana shop file (no schema version)'], ms: performance.now() - started };
  } catch (e) {
    return { ...base, ok: false, problems: [(e as Error).message], ms: performance.now() - started };
  } finally {
    db?.close();
  }
}

/** The shop's name in a file, for naming its backups; null when it cannot be read. */
export function readShopName(file: string): string | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return db.prepare<[], { name: string }>('SELECT name FROM shop LIMIT 1').get()?.name ?? null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
