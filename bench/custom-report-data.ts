import type Database from 'better-sqlite3';
import type { ApiClient } from '../app/core/contract';

/**
 * A year of a busy shop for the custom report, made fast: 16 real bills are posted through the
 * services (2 to 9 lines, every tender, walk-ins and khata customers, two cashiers), then copied in
 * SQL to 300 bills a day for a year (109,500 bills, ≈600k lines, their payments) across 2,000
 * products in 40 categories, 120 brands and 25 suppliers. The copies keep the real rows' shape;
 * their amounts repeat the templates', which the timing does not depend on.
 */
export const BILLS = 109_500;
export const FROM = '2025-04-01';
export const TO = '2026-03-31';
const PRODUCTS = 2000;

const columns = (raw: Database.Database, table: string) =>
  raw
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
    .all()
    .map((c) => c.name);

export async function seedTemplates(counter: ApiClient, manager: ApiClient): Promise<void> {
  const people = [];
  for (let i = 0; i < 6; i++)
    people.push((await manager.call('customers.add', { name: `Customer ${i + 1}`, phone: `98200000${10 + i}`, creditLimitPaise: 1_00_000_00 })).id);
  const tenders = ['cash', 'upi', 'card', 'credit', 'cash', 'upi', 'cash', 'card'] as const;
  for (let b = 0; b < 16; b++) {
    const lines = Array.from({ length: 2 + (b % 8) }, (_, i) => ({
      productId: `prod-demo-${String(1 + ((b + i) % 12)).padStart(3, '0')}`,
      qtyMilli: 1000 * (1 + (i % 3)),
    }));
    const tender = tenders[b % 8] ?? 'cash';
    const customer = tender === 'credit' || b % 3 === 0 ? { customerId: people[b % people.length] ?? '' } : {};
    const who = b % 2 === 0 ? counter : manager;
    const quote = await who.call('billing.quote', { lines, ...customer });
    await who.call('billing.postInvoice', {
      clientRef: `bench-template-${b}`,
      lines,
      ...customer,
      tenders: [{ method: tender, amountPaise: quote.totals.payablePaise }],
    });
  }
}

/** Copies the posted bills (and adds the products, suppliers and lots they name) in one transaction. */
export function copyYear(raw: Database.Database): { bills: number; lines: number } {
  raw.exec(`CREATE TEMP TABLE tpl AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM invoices;
    CREATE TEMP TABLE n AS WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < ${BILLS - 1}) SELECT i FROM c;
    CREATE TEMP TABLE p(k INTEGER PRIMARY KEY, id TEXT);`);
  const templates = raw.prepare<[], { n: number }>('SELECT count(*) AS n FROM temp.tpl').get()?.n ?? 1;
  /** Inserts into `table` one row per row the `from` clause yields, each column read from `alias` unless overridden. */
  const insertCopies = (table: string, overrides: Record<string, string>, alias: string, from: string, withClause = '') => {
    const cols = columns(raw, table);
    raw.exec(`${withClause} INSERT INTO ${table} (${cols.join(', ')}) SELECT ${cols.map((c) => overrides[c] ?? `${alias}.${c}`).join(', ')} ${from}`);
  };
  const counted = (last: number) => `WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < ${last})`;
  raw.transaction(() => {
    insertCopies(
      'suppliers',
      { id: "printf('bench-sup-%02d', c.i)", name: "printf('Supplier %02d', c.i)", gstin: 'NULL', phone: "printf('97000000%02d', c.i)" },
      't',
      'FROM c JOIN (SELECT * FROM suppliers LIMIT 1) t',
      counted(24),
    );
    insertCopies(
      'products',
      {
        id: "printf('bench-prod-%04d', c.i)",
        name: "printf('Product %04d', c.i)",
        name_hi: 'NULL',
        alt_names: "'[]'",
        plu: 'NULL',
        category: "printf('Category %02d', c.i % 40)",
        brand: "printf('Brand %03d', c.i % 120)",
      },
      't',
      "FROM c JOIN products t ON t.id = 'prod-demo-001'",
      counted(PRODUCTS - 1),
    );
    raw.exec(`INSERT INTO temp.p SELECT row_number() OVER (ORDER BY id) - 1, id FROM products`);
    insertCopies(
      'batches',
      {
        id: "'bench-lot-' || p.k",
        product_id: 'p.id',
        batch_no: "'B' || p.k",
        supplier_id: "printf('bench-sup-%02d', p.k % 25)",
        expiry_date: 'NULL',
        mfg_date: 'NULL',
        received_at: "'2025-03-15T00:00:00Z'",
        mrp_paise: 'NULL',
        unit_cost_paise: '100',
      },
      'x',
      'FROM temp.p p JOIN (SELECT 1) x',
    );
    const template = `FROM temp.n n JOIN temp.tpl k ON k.k = n.i % ${templates}`;
    insertCopies(
      'invoices',
      {
        id: "printf('bench-inv-%06d', n.i)",
        client_ref: "printf('bench-ref-%06d', n.i)",
        number: "printf('B/%06d', n.i)",
        date: `date('${FROM}', '+' || (n.i / 300) || ' days')`,
        created_at: `date('${FROM}', '+' || (n.i / 300) || ' days') || 'T' || printf('%02d', 3 + (n.i % 300) / 25) || ':30:00.000Z'`,
      },
      't',
      `${template} JOIN invoices t ON t.id = k.id`,
    );
    insertCopies(
      'invoice_lines',
      { invoice_id: "printf('bench-inv-%06d', n.i)", product_id: 'p.id', name: "'Product ' || p.k" },
      't',
      `${template} JOIN invoice_lines t ON t.invoice_id = k.id JOIN temp.p p ON p.k = (n.i * 7 + t.line_no * 131) % ${PRODUCTS + 12}`,
    );
    insertCopies('payments', { invoice_id: "printf('bench-inv-%06d', n.i)" }, 't', `${template} JOIN payments t ON t.invoice_id = k.id`);
  })();
  const count = (sql: string) => raw.prepare<[], { n: number }>(sql).get()?.n ?? 0;
  return { bills: count('SELECT count(*) AS n FROM invoices'), lines: count('SELECT count(*) AS n FROM invoice_lines') };
}
