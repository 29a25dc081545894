import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, postFixtures, readFixture, type FixtureBooks, type FixtureFile } from './fixture-host';

/**
 * The books' services on the hand-worked fixture shop: bank reconciliation of a realistic HDFC
 * statement, khata ageing and reminders, Tally XML read back, Excel and PDF exports opened, and the
 * audit chain's tamper detection.
 */
const file = readFixture<FixtureFile>('documents.json');
const OUT = join(process.cwd(), 'test-results', 'books');
let books: FixtureBooks;
const id = (k: string) => books.ids.get(k) ?? k;

beforeAll(async () => {
  books = await postFixtures(file.shop, file.steps);
  books.host.clock.set('2026-11-25T05:30:00.000Z');
  mkdirSync(OUT, { recursive: true });
}, 60_000);
afterAll(() => books.host.dispose());

describe('khata', () => {
  it('ages dues into 0–30, 31–60, 61–90 and 90+ days, payments settling the oldest bills first', async () => {
    const now = await books.manager.call('khata.ageing', { asOf: '2026-11-30' });
    const later = await books.manager.call('khata.ageing', { asOf: '2027-02-10' });
    const row = (r: typeof now, k: string) => r.rows.find((x) => x.partyId === id(k));
    expect(row(now, 'K2')).toMatchObject({ balancePaise: 1653500, d0_30: 1653500, d31_60: 0 });
    // 06-11-2026 → 10-02-2027 is 96 days; Gupta's 04-11 bill less its return and payment: 107800
    expect(row(later, 'K2')).toMatchObject({ d90_plus: 1653500, oldestDue: '2026-11-06' });
    expect(row(later, 'K1')).toMatchObject({ balancePaise: 107800, d90_plus: 107800 });
    expect(later.totals.balancePaise).toBe(1653500 + 107800 + 23500);
  });

  it('writes a reminder with a upi:// link for exactly the amount due, for WhatsApp or SMS', async () => {
    const r = await books.manager.call('khata.reminder', { customerId: id('K4') });
    expect(r.duePaise).toBe(23500);
    expect(r.upiLink).toMatch(/^upi:\/\/pay\?pa=sharmastore%40upi&pn=Sharma%20General%20Store&/);
    expect(new URLSearchParams(r.upiLink?.split('?')[1]).get('am')).toBe('235.00');
    expect(r.whatsappUrl.startsWith('https://wa.me/919893012345?text=')).toBe(true);
    const text = decodeURIComponent(r.whatsappUrl.split('text=')[1] ?? '');
    expect(text).toContain('235.00');
    expect(text).toContain(r.upiLink ?? 'no link');
    expect(r.smsUrl.startsWith('sms:+919893012345')).toBe(true);
  });

  it('shares a statement PDF with the running balance', async () => {
    const pdf = await books.manager.call('khata.statementPdf', { partyId: id('K1'), from: '2026-11-01', to: '2026-11-30' });
    const text = pdfText('khata-gupta', Buffer.from(pdf.base64, 'base64'));
    expect(text).toContain('Gupta Traders');
    expect(text).toContain('1,078.00');
  });
});

function pdfText(name: string, bytes: Buffer): string {
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('exports for the accountant', () => {
  it('gives the trial balance as an Excel workbook that opens with the same figures', async () => {
    const f = await books.manager.call('reports.export', { report: 'trialBalance', format: 'xlsx', from: '2026-04-01', to: '2026-11-30' });
    expect(f.fileName).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const cells: unknown[][] = [];
    sheet?.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    const flat = JSON.stringify(cells);
    expect(flat).toContain('Cash in hand');
    expect(flat).toContain('Stock in trade');
    // closing stock 1,82,543.75 as a number, not text
    expect(cells.some((r) => r.includes(182543.75))).toBe(true);
  });

  it('gives the balance sheet as a PDF whose text has the totals in Indian format', async () => {
    const f = await books.manager.call('reports.export', { report: 'balanceSheet', format: 'pdf', to: '2026-11-30' });
    const text = pdfText('balance-sheet', Buffer.from(f.base64, 'base64'));
    expect(text).toContain('Balance sheet');
    expect(text).toContain('4,26,431.75');
  });
});

describe('Tally export', () => {
  it('writes masters and balanced vouchers that read back as XML', async () => {
    const f = await books.manager.call('accounting.tallyXml', { from: '2026-11-01', to: '2026-11-30' });
    const xml = Buffer.from(f.base64, 'base64').toString('utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const all = (el: Document | Element, name: string) => Array.from(el.getElementsByTagName(name));
    const text = (el: Element, name: string) => all(el, name)[0]?.textContent ?? '';
    expect(all(doc, 'ENVELOPE')).toHaveLength(1);
    const ledgers = all(doc, 'LEDGER').filter((l) => l.getAttribute('ACTION') === 'Create');
    const gupta = ledgers.find((l) => l.getAttribute('NAME') === 'Gupta Traders');
    expect(gupta && text(gupta, 'PARENT')).toBe('Sundry Debtors');
    expect(gupta && text(gupta, 'PARTYGSTIN')).toBe('23AAGFG1234M1ZL');
    const vouchers = all(doc, 'VOUCHER');
    // 15 bills (one cancelled), 5 credit notes, 7 vouchers
    expect(vouchers).toHaveLength(27);
    const cancelled = vouchers.filter((v) => text(v, 'ISCANCELLED') === 'Yes');
    expect(cancelled.map((v) => text(v, 'VOUCHERNUMBER'))).toEqual([books.numbers.get('B10')]);
    for (const v of vouchers) {
      const sum = all(v, 'AMOUNT').reduce((s, a) => s + Math.round(Number(a.textContent) * 100), 0);
      expect([text(v, 'VOUCHERNUMBER'), sum]).toEqual([text(v, 'VOUCHERNUMBER'), 0]);
    }
    const b5 = vouchers.find((v) => text(v, 'VOUCHERNUMBER') === books.numbers.get('B5'));
    expect(b5 && text(b5, 'VOUCHERTYPENAME')).toBe('Sales');
    const names = ledgers.map((l) => l.getAttribute('NAME'));
    for (const v of vouchers) for (const n of all(v, 'LEDGERNAME')) expect(names).toContain(n.textContent);
  });
});

describe('audit trail', () => {
  it('verifies the hash chain, then finds a row changed behind the app’s back', async () => {
    const good = await books.owner.call('accounting.verifyAudit', {});
    expect(good.ok).toBe(true);
    expect(good.rows).toBeGreaterThan(30);
    const raw = books.host.store.raw;
    const triggers = raw.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as Array<{
      name: string;
      sql: string;
    }>;
    // Someone with the file opens it in a SQLite tool, drops the guards and edits a row.
    expect(() => raw.prepare('UPDATE audit_log SET user_id = NULL WHERE id = (SELECT max(id) - 5 FROM audit_log)').run()).toThrow();
    for (const t of triggers) raw.exec(`DROP TRIGGER ${t.name}`);
    raw.prepare("UPDATE audit_log SET after_json = replace(after_json, '1', '2') WHERE id = (SELECT max(id) - 5 FROM audit_log)").run();
    const bad = await books.owner.call('accounting.verifyAudit', {});
    expect(bad.ok).toBe(false);
    expect(bad.brokenAt).not.toBeNull();
    expect(bad.problem).toBeTruthy();
  });
});

// Last: matching posts the settlements, which changes the figures the tests above read.
describe('bank reconciliation', () => {
  const csv = readFileSync(join(FIXTURES, 'hdfc-nov-2026.csv'), 'utf8');

  it('imports an HDFC statement, matches book entries and UPI/card settlements, and reconciles to the paisa', async () => {
    const imported = await books.manager.call('bank.import', { fileName: 'hdfc-nov-2026.csv', csv });
    expect(imported).toMatchObject({ imported: 11, skipped: 0, from: '2026-11-01', to: '2026-11-24' });
    const lines = await books.manager.call('bank.lines', {});
    // capital, both refunds, the NEFT receipt (by its reference), rent and the ATM withdrawal are in the books
    expect(lines.filter((l) => l.match?.how === 'auto')).toHaveLength(10);
    const upi = lines.find((l) => l.narration.includes('03NOV'));
    expect(upi?.match?.voucherType).toBe('settlement');

    // Only the SMS charge is left; book it to bank charges from the statement line.
    const sms = lines.find((l) => l.match === null);
    expect(sms?.amountPaise).toBe(-1770);
    await books.manager.call('bank.post', { bankLineId: sms?.id ?? '', account: 'BANK_CHARGES', narration: 'SMS charges' });

    const rec = await books.manager.call('bank.reconciliation', { asOf: '2026-11-24' });
    // book: 63630.00 + settlements 139397.00 − 17.70; the freight paid from the bank on 22-11 is not in the statement yet
    expect(rec.bookBalancePaise).toBe(6363000 + 13939700 - 1770);
    expect(rec.notPresented.map((l) => l.amountPaise)).toEqual([-118000]);
    expect(rec.notCredited).toEqual([]);
    expect(rec.bankOnly).toEqual([]);
    expect([rec.computedBankBalancePaise, rec.statementBalancePaise, rec.differencePaise]).toEqual([20418930, 20418930, 0]);

    // the fees the providers kept are bank charges: 0.60 + 2.40 + 1680.00 + 420.00, and the SMS charge
    const charges = await books.manager.call('accounting.ledger', { account: 'BANK_CHARGES', from: '2026-11-01', to: '2026-11-30' });
    expect(charges.closingPaise).toBe(60 + 240 + 168000 + 42000 + 1770);
    // the settled days left the clearing accounts; 13-11 (UPI) and 12-11 (card) are still to come
    const tb = await books.manager.call('accounting.trialBalance', { from: '2026-04-01', to: '2026-11-30' });
    const bal = (code: string) => tb.rows.find((r) => r.code === code)?.closingPaise;
    expect([bal('UPI_CLEARING'), bal('CARD_CLEARING')]).toEqual([12000 + 30000, 56600]);
  });

  it('refuses the same statement twice', async () => {
    await expect(books.manager.call('bank.import', { fileName: 'hdfc-nov-2026 (1).csv', csv })).rejects.toMatchObject({ code: 'DUPLICATE' });
  });
});
