import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, isMethodName, type ApiClient, type Result } from '../../app/core/contract';
import { VOUCHER_KINDS } from '../../app/core/contract/areas/accounting/vouchers';
import { fromBase64 } from '../../app/core/contract/base64';
import { formatDateTime } from '../../app/core/format';
import { AUDIT_ACTIONS, AUDIT_FIELDS } from '../../app/core/i18n/audit-keys';
import { actionWord, auditWord, detailLines, fieldWord, HIDDEN_DETAIL, parseDetails, whatWord } from '../../app/core/i18n/audit-lines';
import { sellPaidInFull } from '../support/selling';
import { hostWithClients, type TestHost } from '../support/test-host';

/*
 * The audit trail in words: every action the services write has its words in English and Hindi,
 * the record it was done to by kind and number or name, its details as "field: value" with every
 * field the services write named in words, never a method name, an id or JSON; the screen and the
 * trail's Excel and PDF say the same words.
 */
const field = (key: string) => fieldWord(key, 'hi');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

/** The text of each `audit.append({ … })` call in the services. */
function auditCalls(text: string): string[] {
  const calls: string[] = [];
  for (const m of text.matchAll(/audit\.append\(/g)) {
    let depth = 1;
    let i = (m.index ?? 0) + m[0].length;
    const start = i;
    for (; depth > 0 && i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
    }
    calls.push(text.slice(start, i - 1));
  }
  return calls;
}

/** The keys an object literal written as `before: { … }` or `after: { … }` names (shorthand too). */
function literalKeys(call: string): string[] {
  const keys: string[] = [];
  for (const m of call.matchAll(/(?:before|after): (?:\w+ && )?\{([^{}]*)\}/g)) {
    for (const part of (m[1] ?? '').split(',')) {
      const key = /^\s*(\w+)\s*(?::|$)/.exec(part)?.[1];
      if (key) keys.push(key);
    }
  }
  return keys;
}

describe('the audit trail’s words', () => {
  const services = sources('app/core/services').join('\n');

  it('has words for every action the services write', () => {
    const written = new Set<string>();
    for (const m of services.matchAll(/action: '([a-z]+\.[A-Za-z]+)'/g)) written.add(m[1] ?? '');
    for (const m of services.matchAll(/(?:audit|change)\([^)]*?'([a-z]+\.[A-Za-z]+)'/g)) written.add(m[1] ?? '');
    for (const kind of VOUCHER_KINDS) written.add(`accounting.${kind}`);
    expect(written.size).toBeGreaterThan(50);
    expect([...written].filter((a) => !(a in AUDIT_ACTIONS)).sort()).toEqual([]);
  });

  it('has words for every detail field the services write by name', () => {
    const keys = new Set(auditCalls(services).flatMap(literalKeys));
    expect(keys.size).toBeGreaterThan(40);
    expect([...keys].filter((k) => !HIDDEN_DETAIL.test(k) && !(k in AUDIT_FIELDS)).sort()).toEqual([]);
  });

  it('says an unknown action plainly, and a change field by field', () => {
    expect(actionWord('sync.somethingNew', 'hi')).toBe(auditWord('audit.otherAction', 'hi'));
    const before = parseDetails('{"creditLimitPaise":50000}');
    const after = parseDetails('{"creditLimitPaise":150000}');
    expect(detailLines(before, after, 'hi')).toEqual([`${field('creditLimitPaise')}: ₹500.00 → ₹1,500.00`]);
    expect(detailLines(null, parseDetails('{"status":"cancelled","reason":"wrong item","entryId":"je-9f3"}'), 'en')).toEqual([
      'Status: cancelled',
      'Reason: wrong item',
    ]);
    expect(detailLines(null, parseDetails('{"reorderLevelMilli":2500,"mrpPaise":4500}'), 'en')).toEqual(['Reorder at: 2.5', 'MRP: ₹45.00']);
    expect(detailLines(parseDetails('not json'), null, 'en')).toEqual([]);
  });
});

describe('every audited method’s example, in the trail', () => {
  let host: TestHost;
  let rows: Result<'accounting.auditLog'>;
  beforeAll(async () => {
    let owner: ApiClient;
    ({ host, owner } = await hostWithClients({ owner: ['owner', 'examples-office'] }));
    // Each method's documented example, as the owner; a refusal (an example's record that this shop lacks) writes nothing.
    const leaves = /^(shop\.(reset|leaveDemo|restoreBackup|setup)|auth\.logout|users\.endSession|sync\.)/;
    for (const method of Object.keys(api).filter(isMethodName)) {
      if (leaves.test(method) || !('changes' in api[method])) continue;
      await owner.call(method, api[method].example).catch(() => null);
    }
    rows = await owner.call('accounting.auditLog', { limit: 1000 });
  }, 240_000);
  afterAll(() => host.dispose());

  it('names every detail field the host wrote in words, in both languages', () => {
    const actions = new Set(rows.map((r) => r.action));
    expect(actions.size).toBeGreaterThan(40);
    const unnamed = new Set<string>();
    for (const r of rows)
      for (const d of [parseDetails(r.beforeJson), parseDetails(r.afterJson)])
        for (const key of Object.keys(d ?? {})) if (!HIDDEN_DETAIL.test(key) && !(key in AUDIT_FIELDS)) unnamed.add(`${r.action}: ${key}`);
    expect([...unnamed].sort()).toEqual([]);
    for (const r of rows) expect(AUDIT_ACTIONS[r.action], r.action).toBeDefined();
  });
});

describe('a real shop’s audit trail in Hindi, on screen and in its files', () => {
  let host: TestHost;
  let owner: ApiClient;
  let manager: ApiClient;
  let rows: Result<'accounting.auditLog'>;
  const today = () => host.clock.now().toISOString().slice(0, 10);
  beforeAll(async () => {
    ({ host, owner, manager } = await hostWithClients({ owner: ['owner', 'hindi-office', 'hi'], manager: ['manager', 'hindi-manager', 'hi'] }));
    const bill = await sellPaidInFull(owner, '7a0c2f3e-1b2d-4e5f-8a9b-0c1d2e3f4a5b', { lines: [{ productId: 'prod-demo-001', qtyMilli: 1000 }] }, 'cash');
    await owner.call('billing.cancelInvoice', { id: bill.id, reason: 'गलत सामान' });
    await owner.call('customers.add', { name: 'Anita Joshi', phone: '9893012345' });
    rows = await owner.call('accounting.auditLog', { limit: 1000 });
  }, 60_000);
  afterAll(() => host.dispose());

  it('names each action, record and detail in Hindi words, with no method, id or JSON', () => {
    const shown = rows.map((r) => {
      const before = parseDetails(r.beforeJson);
      const after = parseDetails(r.afterJson);
      return { r, text: [actionWord(r.action, 'hi'), whatWord(r.entity, before, after, 'hi'), ...detailLines(before, after, 'hi')].join(' | ') };
    });
    const actions = new Set(rows.map((r) => r.action));
    expect(actions).toContain('auth.login');
    expect(actions).toContain('billing.cancelInvoice');
    for (const { r, text } of shown) {
      expect(text, r.action).not.toContain(r.action);
      expect(text, r.action).not.toContain(r.entityId);
      expect(text, r.action).not.toMatch(/[{}"]/);
      expect(text, r.action).not.toContain(auditWord('audit.otherAction', 'hi'));
    }
    const cancel = shown.find(({ r }) => r.action === 'billing.cancelInvoice')?.text ?? '';
    expect(cancel).toContain(auditWord('audit.act.cancelInvoice', 'hi'));
    expect(cancel).toContain(`${field('status')}: ${auditWord('audit.value.posted', 'hi')} → ${auditWord('audit.value.cancelled', 'hi')}`);
    expect(cancel).toContain(`${field('reason')}: गलत सामान`);
    const customer = shown.find(({ r }) => r.action === 'customers.add')?.text ?? '';
    expect(customer).toContain(`${auditWord('audit.of.customer', 'hi')} Anita Joshi`);
  });

  it('exports the filtered trail to Excel in the same Hindi words as the screen, and to PDF', async () => {
    const period = { from: today(), to: today() };
    const onScreen = await owner.call('accounting.auditLog', { ...period, entity: 'invoice', limit: 300 });
    expect(onScreen.length).toBeGreaterThan(0);
    const file = await owner.call('reports.export', { report: 'auditLog', format: 'xlsx', ...period, entity: 'invoice' });
    expect(file.fileName).toBe(`audit-trail-${today()}-${today()}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fromBase64(file.base64).buffer as ArrayBuffer);
    const sheet = book.worksheets[0];
    const text = (row: ExcelJS.Row) => (Array.isArray(row.values) ? row.values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))) : []);
    const all: string[][] = [];
    sheet?.eachRow((row) => all.push(text(row)));
    const flat = all.map((r) => r.join(' | ')).join('\n');
    expect(flat).toContain(auditWord('audit.of.invoice', 'hi'));
    for (const r of onScreen) {
      const before = parseDetails(r.beforeJson);
      const after = parseDetails(r.afterJson);
      const line = all.find((cells) => cells[0] === String(r.id));
      expect(line, `row ${r.id}`).toEqual([
        String(r.id),
        formatDateTime(r.at),
        'Ramesh (Owner)',
        actionWord(r.action, 'hi'),
        whatWord(r.entity, before, after, 'hi'),
        detailLines(before, after, 'hi').join('; '),
      ]);
    }
    // only the invoices asked for: the customer added is not in it
    expect(flat).not.toContain('Anita Joshi');
    const pdf = await owner.call('reports.export', { report: 'auditLog', format: 'pdf', ...period });
    expect(pdf.contentType).toBe('application/pdf');
    expect(Buffer.from(fromBase64(pdf.base64)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is the owner’s: a manager may export the other reports but not the trail, on screen or in a file', async () => {
    for (const call of [
      manager.call('reports.export', { report: 'auditLog', format: 'xlsx' }),
      manager.call('reports.export', { report: 'auditLog', format: 'pdf' }),
      manager.call('reports.view', { report: 'auditLog' }),
    ])
      await expect(call).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(manager.call('reports.export', { report: 'trialBalance', format: 'xlsx' })).resolves.toMatchObject({
      contentType: expect.stringContaining('sheet'),
    });
  });
});
