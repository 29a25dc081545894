import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, Result } from '../../app/core/contract';
import { VOUCHER_KINDS } from '../../app/core/contract/areas/accounting/vouchers';
import { fill, type Params } from '../../app/core/i18n';
import { AUDIT_ACTIONS } from '../../app/renderer/src/i18n/accounting-audit';
import { STRINGS, type StringKey } from '../../app/renderer/src/i18n/words';
import { actionWord, detailLines, parseDetails, whatWord } from '../../app/renderer/src/features/accounting/audit-words';
import { sellPaidInFull } from '../support/selling';
import { hostWithClients, type TestHost } from '../support/test-host';

/*
 * The audit trail in words: every action the services write has its words in English and Hindi,
 * the record it was done to by kind and number or name, its details as "field: value", never a
 * method name, an id or JSON.
 */
const hi = (key: StringKey, params?: Params) => fill(STRINGS[key].hi, params);
const en = (key: StringKey, params?: Params) => fill(STRINGS[key].en, params);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('the audit trail’s words', () => {
  it('has words for every action the services write', () => {
    const text = sources('app/core/services').join('\n');
    const written = new Set<string>();
    for (const m of text.matchAll(/action: '([a-z]+\.[A-Za-z]+)'/g)) written.add(m[1] ?? '');
    for (const m of text.matchAll(/(?:audit|change)\([^)]*?'([a-z]+\.[A-Za-z]+)'/g)) written.add(m[1] ?? '');
    for (const kind of VOUCHER_KINDS) written.add(`accounting.${kind}`);
    expect(written.size).toBeGreaterThan(50);
    expect([...written].filter((a) => !(a in AUDIT_ACTIONS)).sort()).toEqual([]);
  });

  it('says an unknown action plainly, and a change field by field', () => {
    expect(actionWord('sync.somethingNew', hi)).toBe(hi('auditOtherAction'));
    const before = parseDetails('{"creditLimitPaise":50000}');
    const after = parseDetails('{"creditLimitPaise":150000}');
    expect(detailLines(before, after, hi)).toEqual([`${hi('auditF_creditLimit')}: ₹500.00 → ₹1,500.00`]);
    expect(detailLines(null, parseDetails('{"status":"cancelled","reason":"wrong item","entryId":"je-9f3"}'), en)).toEqual([
      'Status: cancelled',
      'Reason: wrong item',
    ]);
    expect(detailLines(parseDetails('not json'), null, en)).toEqual([]);
  });
});

describe('a real shop’s audit trail in Hindi', () => {
  let host: TestHost;
  let owner: ApiClient;
  let rows: Result<'accounting.auditLog'>;
  beforeAll(async () => {
    ({ host, owner } = await hostWithClients({ owner: ['owner', 'hindi-office', 'hi'] }));
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
      return { r, text: [actionWord(r.action, hi), whatWord(r.entity, before, after, hi), ...detailLines(before, after, hi)].join(' | ') };
    });
    const actions = new Set(rows.map((r) => r.action));
    expect(actions).toContain('auth.login');
    expect(actions).toContain('billing.cancelInvoice');
    for (const { r, text } of shown) {
      expect(text, r.action).not.toContain(r.action);
      expect(text, r.action).not.toContain(r.entityId);
      expect(text, r.action).not.toMatch(/[{}"]/);
      expect(text, r.action).not.toContain(hi('auditOtherAction'));
    }
    const cancel = shown.find(({ r }) => r.action === 'billing.cancelInvoice')?.text ?? '';
    expect(cancel).toContain(hi('auditAct_cancelInvoice'));
    expect(cancel).toContain(`${hi('auditF_status')}: ${hi('auditV_posted')} → ${hi('auditV_cancelled')}`);
    expect(cancel).toContain(`${hi('auditF_reason')}: गलत सामान`);
    const customer = shown.find(({ r }) => r.action === 'customers.add')?.text ?? '';
    expect(customer).toContain(`${hi('auditOf_customer')} Anita Joshi`);
  });
});
