import { createHash, randomFillSync } from 'node:crypto';
import { auditRowText, GENESIS_HASH } from '../app/core/audit/chain';
import { uuidv7 } from '../app/core/contract/ids';

// The same time-ordered ids as the host (app/host/ids.ts), so the floor is written like our bills.
const randomUUID = () => uuidv7(Date.now(), randomFillSync);
import type Database from 'better-sqlite3';
import { financialYearOf, localDate } from '../app/core/calendar/fy';

/**
 * The floor under billing.postInvoice: the same rows a 5-line bill writes, straight through
 * prepared statements in one BEGIN IMMEDIATE transaction, with no zod, no ORM and no reads.
 * Run on the same file as the real path (same pragmas, indexes, triggers and foreign keys),
 * so the gap between the two is what our layers cost.
 */
export interface BareRefs {
  userId: string;
  deviceId: string;
  productIds: readonly string[];
  /** accounts without a party (sundry debtors and creditors lines need one) */
  accountCodes: readonly string[];
}

/** `afterCommit`: what the store does after each of its commits (the checkpointer counts them all). */
export function createBareBill(db: Database.Database, refs: BareRefs, afterCommit: () => void = () => {}): () => void {
  if (refs.productIds.length < 5 || refs.accountCodes.length < 2) throw new Error('bare bill needs 5 products and 2 accounts');
  const series = db.prepare<[string, string, string], { last: number }>(
    `INSERT INTO number_series (series, doc_type, fy, last) VALUES (?, ?, ?, 1)
     ON CONFLICT (series, doc_type, fy) DO UPDATE SET last = last + 1 RETURNING last`,
  );
  const invoice = db.prepare(
    `INSERT INTO invoices (id, client_ref, number, fy, doc_type, date, created_at, user_id, device_id, customer_id, supply, place_of_supply,
       amount_paise, discount_paise, taxable_paise, cgst_paise, sgst_paise, igst_paise, cess_paise, value_paise, round_off_paise, payable_paise, cost_paise, status, gst_class)
     VALUES (?, ?, ?, ?, 'tax_invoice', ?, ?, ?, ?, NULL, 'intra', '23', 52500, 0, 50000, 1250, 1250, 0, 0, 52500, 0, 52500, 45000, 'posted', 'b2cs')`,
  );
  const line = db.prepare(
    `INSERT INTO invoice_lines (invoice_id, line_no, product_id, name, name_hi, hsn, unit, qty_milli, unit_price_paise, mrp_paise, amount_paise, discount_paise,
       bill_discount_paise, taxable_paise, gst_rate_bp, cess_rate_bp, cgst_paise, sgst_paise, igst_paise, cess_paise, total_paise, cost_paise)
     VALUES (?, ?, ?, 'Parle-G Biscuit 250g', 'पारले-जी बिस्किट', '1905', 'pcs', 1000, 10500, 10500, 10500, 0, 0, 10000, 500, 0, 250, 250, 0, 0, 10500, 9000)`,
  );
  const payment = db.prepare(
    `INSERT INTO payments (invoice_id, seq, method, amount_paise, tendered_paise, change_paise, reference) VALUES (?, 1, 'cash', 52500, 60000, 7500, NULL)`,
  );
  const move = db.prepare(
    `INSERT INTO stock_moves (product_id, qty_milli, value_paise, kind, ref_type, ref_id, at) VALUES (?, -1000, -9000, 'sale', 'invoice', ?, ?)`,
  );
  const entry = db.prepare(
    `INSERT INTO journal_entries (id, date, voucher_type, ref_type, ref_id, narration, reverses_id, created_at) VALUES (?, ?, 'sales', 'invoice', ?, ?, NULL, ?)`,
  );
  const jline = db.prepare(`INSERT INTO journal_lines (entry_id, seq, account_code, debit_paise, credit_paise, party_id) VALUES (?, ?, ?, ?, ?, NULL)`);
  // The audit row extends the hash chain, as every row must (db/repos/records/audit.ts).
  const auditHead = db.prepare<[], { id: number; hash: string | null }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1');
  const audit = db.prepare(
    `INSERT INTO audit_log (id, at, user_id, action, entity, entity_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, 'billing.postInvoice', 'invoice', ?, NULL, ?, ?, ?)`,
  );
  const outbox = db.prepare(`INSERT INTO outbox (id, at, topic, payload) VALUES (?, ?, 'invoice.posted', ?)`);

  // Labels only, worked out once so the timing stays SQLite's (localDate builds an Intl formatter each call).
  const date = localDate(new Date());
  const fy = financialYearOf(date).short;
  const write = db.transaction(() => {
    const at = new Date().toISOString();
    const id = `inv-${randomUUID()}`;
    // Series X1: its own numbers, so they never collide with the counter's.
    const last = series.get('X1', 'tax_invoice', fy)!.last;
    const number = `X1/${fy}/${String(last).padStart(5, '0')}`;
    invoice.run(id, randomUUID(), number, fy, date, at, refs.userId, refs.deviceId);
    for (let i = 0; i < 5; i++) line.run(id, i + 1, refs.productIds[i]);
    payment.run(id);
    for (let i = 0; i < 5; i++) move.run(refs.productIds[i], id, at);
    const je = `je-${randomUUID()}`;
    entry.run(je, date, id, `Sale ${number}`, at);
    // 8 lines, alternately debit and credit, over the real chart of accounts.
    for (let i = 0; i < 8; i++) jline.run(je, i + 1, refs.accountCodes[i % refs.accountCodes.length], i % 2 === 0 ? 6000 : 0, i % 2 === 0 ? 0 : 6000);
    const head = auditHead.get();
    const row = {
      id: (head?.id ?? 0) + 1,
      at,
      userId: refs.userId,
      action: 'billing.postInvoice',
      entity: 'invoice',
      entityId: id,
      beforeJson: null,
      afterJson: JSON.stringify({ number, payablePaise: 52500, lines: 5 }),
    };
    const prev = head?.hash ?? GENESIS_HASH;
    audit.run(row.id, at, refs.userId, id, row.afterJson, prev, createHash('sha256').update(auditRowText(row, prev)).digest('hex'));
    outbox.run(`evt-${randomUUID()}`, at, JSON.stringify({ invoiceId: id, number, date, payablePaise: 52500 }));
  });
  return () => {
    write.immediate();
    afterCommit();
  };
}
