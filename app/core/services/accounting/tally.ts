import { ACCOUNT_GROUPS } from '../../accounting/chart';
import { tallyVoucherType, tallyXml, uniqueName, type TallyLedger, type TallyVoucher } from '../../accounting/tally';
import { toBase64 } from '../../contract/base64';
import { fail } from '../../i18n/fail';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';
import { accountMap } from './statements';

/** Masters and vouchers of a period for Tally: every account and party with an opening balance or a voucher in it. */
function tallyFor(deps: ServiceDeps, from: string, to: string): string {
  const accounts = accountMap(deps);
  const movements = deps.store.journal.movements(from, to, true);
  const taken = new Set<string>();
  const ledgerName = new Map<string, string>();
  const ledgers: TallyLedger[] = [];
  const customers = deps.store.parties.names(
    'customer',
    movements.filter((m) => m.account === 'DEBTORS').map((m) => m.partyId),
  );
  const suppliers = deps.store.parties.names(
    'supplier',
    movements.filter((m) => m.account === 'CREDITORS').map((m) => m.partyId),
  );
  for (const a of [...accounts.values()].sort((x, y) => x.code.localeCompare(y.code))) {
    if (a.code === 'DEBTORS' || a.code === 'CREDITORS') continue;
    const opening = movements.filter((m) => m.account === a.code).reduce((s, m) => s + m.openingDebit - m.openingCredit, 0);
    const name = uniqueName(a.name, a.code, taken);
    ledgerName.set(a.code, name);
    ledgers.push({ name, parent: ACCOUNT_GROUPS[a.group].tally, openingPaise: opening });
  }
  for (const m of movements.filter((x) => x.account === 'DEBTORS' || x.account === 'CREDITORS')) {
    const info = (m.account === 'DEBTORS' ? customers : suppliers).get(m.partyId);
    const name = uniqueName(info?.name ?? m.partyId, info?.phone || m.partyId, taken);
    ledgerName.set(`${m.account}|${m.partyId}`, name);
    ledgers.push({
      name,
      parent: m.account === 'DEBTORS' ? 'Sundry Debtors' : 'Sundry Creditors',
      openingPaise: m.openingDebit - m.openingCredit,
      gstin: info?.gstin ?? null,
      stateCode: info?.stateCode ?? null,
      phone: info?.phone ?? '',
    });
  }
  const journal = deps.store.journal.entries(from, to);
  const cancelled = new Set(journal.filter((e) => e.voucherType === 'sales_cancel' && e.reversesId).map((e) => e.reversesId));
  const vouchers: TallyVoucher[] = journal
    .filter((e) => e.voucherType !== 'sales_cancel')
    .map((e) => ({
      date: e.date,
      type: tallyVoucherType(e.voucherType),
      number: e.document.number,
      narration: e.narration,
      cancelled: cancelled.has(e.id),
      lines: e.lines.map((l) => ({
        ledger: ledgerName.get(l.partyId ? `${l.account}|${l.partyId}` : l.account) ?? l.account,
        debitPaise: l.debit,
        creditPaise: l.credit,
      })),
    }));
  return tallyXml(deps.store.shop.get().name, ledgers, vouchers);
}

export const tallyHandlers = {
  'accounting.tallyXml': (deps, p) => {
    if (p.from > p.to) fail('INVALID_INPUT', 'accounting.periodBackwards');
    const xml = tallyFor(deps, p.from, p.to);
    return { fileName: `tally-${p.from}-${p.to}.xml`, contentType: 'application/xml', base64: toBase64(new TextEncoder().encode(xml)) };
  },
} satisfies Partial<AreaHandlers<'accounting'>>;
