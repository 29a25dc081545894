import { payeeNameOf, shopTitleOf } from '../../shop/identity';
import type { PartyType } from '../../accounting/chart';
import { receiptPostings } from '../../accounting/voucher-postings';
import { financialYearOf } from '../../calendar/fy';
import { fail, sayIn } from '../../i18n/fail';
import type { Lang } from '../../contract/index';
import { ageDue, type PartyAgeing } from '../../khata/ageing';
import { checkCredit } from '../../khata/credit-limit';
import { khataReminder } from '../../khata/reminder';
import { withRunningBalance } from '../../accounting/ledger';
import { ledgerReport as ledgerModel } from '../../reports/books';
import { fyStartMonth, party, today } from '../accounting/common';
import { toBase64 } from '../../contract/base64';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';
import { postVoucher } from '../accounting/vouchers';
import { narrate, typedOr } from '../../accounting/narration';

const CONTROL = { customer: 'DEBTORS', supplier: 'CREDITORS' } as const;
const RECEIVED_INTO = { cash: 'CASH', upi: 'UPI_CLEARING', card: 'CARD_CLEARING', bank: 'BANK' } as const;

/** Each party's ageing on its control account as on a date. */
function ageingOf(deps: ServiceDeps, type: PartyType, asOf: string, partyId?: string): Map<string, PartyAgeing> {
  const out = new Map<string, PartyAgeing>();
  for (const [id, due] of deps.store.journal.partyDues(CONTROL[type], asOf, partyId)) out.set(id, ageDue(due, asOf));
  return out;
}

/** The words a party's statement names each document by, with its number ("Bill C16/2627/00001"). */
const NUMBERED_ROW_WORDS = {
  sales: 'khata.row.sales',
  sales_cancel: 'khata.row.sales_cancel',
  credit_note: 'khata.row.credit_note',
  receipt: 'khata.row.receipt',
  payment: 'khata.row.payment',
  purchase: 'khata.row.purchase',
  purchase_return: 'khata.row.purchase_return',
} as const;

/** A party's statement names the document, not the books' accounts on the other side. */
function particularsOf(row: { voucherType: string; number: string | null; particulars: string }, lang: Lang): string {
  const t = sayIn(lang);
  const words = Object.entries(NUMBERED_ROW_WORDS).find(([voucherType]) => voucherType === row.voucherType)?.[1];
  if (words) return t(words, { number: row.number ?? '' }).trim();
  return row.voucherType === 'opening' ? t('khata.row.opening') : row.particulars;
}

export function partyLedger(deps: ServiceDeps, type: PartyType, partyId: string, from: string | undefined, to: string | undefined, lang: Lang = 'en') {
  const info = party(deps, type, partyId);
  const end = to ?? today(deps);
  const start = from ?? financialYearOf(end, fyStartMonth(deps)).from;
  if (start > end) fail('INVALID_INPUT', 'khata.periodBackwards');
  const account = CONTROL[type];
  const opening = deps.store.journal.balance(account, partyId, { before: start });
  const run = withRunningBalance(opening, deps.store.journal.rows({ account, partyId, from: start, to: end, lang }));
  return {
    party: { type, id: info.id, name: info.name, phone: info.phone, gstin: info.gstin },
    from: start,
    to: end,
    openingPaise: opening,
    rows: run.rows.map((r) => ({ ...r, particulars: particularsOf(r, lang) })),
    closingPaise: run.closingPaise,
  };
}

export function ageingReport(deps: ServiceDeps, type: PartyType, asOf: string) {
  const ages = ageingOf(deps, type, asOf);
  const names = deps.store.parties.names(type, [...ages.keys()]);
  const rows = [...ages.entries()]
    .filter(([, a]) => a.balancePaise !== 0)
    .map(([id, a]) => ({ partyId: id, name: names.get(id)?.name ?? id, phone: names.get(id)?.phone ?? '', ...a }))
    .sort((a, b) => b.balancePaise - a.balancePaise || a.name.localeCompare(b.name));
  const sum = (k: 'balancePaise' | 'advancePaise' | 'd0_30' | 'd31_60' | 'd61_90' | 'd90_plus') => rows.reduce((s, r) => s + r[k], 0);
  return {
    asOf,
    rows,
    totals: {
      balancePaise: sum('balancePaise'),
      advancePaise: sum('advancePaise'),
      d0_30: sum('d0_30'),
      d31_60: sum('d31_60'),
      d61_90: sum('d61_90'),
      d90_plus: sum('d90_plus'),
    },
  };
}

const PAY_LINK_DAYS = 15;

/** A key for this customer's pay page (only its hash is stored), and the page's address on the shop's network. */
function payPage(deps: ServiceDeps, userId: string, customerId: string, amountPaise: number, lang: Lang): string | null {
  const base = deps.documents.lanBaseUrl();
  if (!base) return null;
  const { store, clock, secrets } = deps;
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + PAY_LINK_DAYS * 86_400_000).toISOString();
  const key = secrets.newToken();
  store.transaction(() => {
    store.payLinks.add({ tokenHash: secrets.hashToken(key), customerId, amountPaise, lang, createdAt: now.toISOString(), expiresAt });
    store.audit.append({
      at: now.toISOString(),
      userId,
      action: 'khata.payLink',
      entity: 'customer',
      entityId: customerId,
      before: null,
      after: { amountPaise, expiresAt },
    });
  });
  return `${base}/pay/${key}`;
}

export const khataHandlers = {
  'khata.customers': (deps, p) => deps.store.parties.khataCustomers(p.q.trim(), p.dueOnly, p.limit),

  'khata.ledger': (deps, p, ctx) => partyLedger(deps, p.partyType, p.partyId, p.from, p.to, ctx.lang),

  'khata.receive': (deps, p, ctx) => {
    const c = party(deps, 'customer', p.customerId);
    const before = deps.store.journal.balance('DEBTORS', c.id);
    const voucher = postVoucher(deps, ctx, {
      clientRef: p.clientRef,
      kind: 'receipt',
      docKind: 'receipt',
      voucherType: 'receipt',
      date: p.date,
      party: { type: 'customer', id: c.id },
      amountPaise: p.amountPaise,
      method: p.method,
      reference: p.reference,
      ...typedOr(p.narration, narrate('narration.received', { party: c.name, method: p.method })),
      lines: receiptPostings(c.id, p.amountPaise, RECEIVED_INTO[p.method]),
    });
    const after = deps.store.journal.balance('DEBTORS', c.id);
    return { voucher, balanceBeforePaise: before, balanceAfterPaise: after, advancePaise: Math.max(0, -after) };
  },

  'khata.ageing': (deps, p) => ageingReport(deps, p.partyType, p.asOf ?? today(deps)),

  'khata.reminder': (deps, p, ctx) => {
    const c = party(deps, 'customer', p.customerId);
    const asOf = today(deps);
    const age = ageingOf(deps, 'customer', asOf, c.id).get(c.id);
    const due = age?.balancePaise ?? 0;
    if (due <= 0) fail('INVALID_INPUT', due < 0 ? 'khata.hasAdvance' : 'khata.owesNothing', { customer: c.name });
    const shop = deps.store.shop.get();
    const payPageUrl = shop.upiVpa ? payPage(deps, ctx.user.id, c.id, due, p.lang) : null;
    const r = khataReminder({
      shopName: shopTitleOf(shop),
      payeeName: payeeNameOf(shop),
      shopPhone: shop.phone,
      upiVpa: shop.upiVpa,
      customerName: c.name,
      customerPhone: c.phone,
      duePaise: due,
      asOf,
      oldestDue: age?.oldestDue ?? null,
      lang: p.lang,
      payPageUrl,
    });
    return { duePaise: due, ...r };
  },

  'khata.statementPdf': async (deps, p, ctx) => {
    const ledger = partyLedger(deps, p.partyType, p.partyId, p.from, p.to, ctx.lang);
    const shop = deps.store.shop.get();
    const bytes = await deps.documents.tablePdf(ledgerModel({ key: 'report.statement', party: ledger.party.name }, ledger, ctx.lang), shop);
    return {
      fileName: `statement-${ledger.party.name.replace(/[^\w]+/g, '-')}-${ledger.from}-${ledger.to}.pdf`,
      contentType: 'application/pdf' as const,
      base64: toBase64(bytes),
    };
  },

  'khata.setCreditLimit': (deps, p, ctx) => {
    const { store, clock } = deps;
    const at = clock.now().toISOString();
    return store.transaction(() => {
      const before = found(store.customers.get(p.customerId), 'Customer');
      store.parties.setCreditLimit(before.id, p.creditLimitPaise);
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'khata.setCreditLimit',
        entity: 'customer',
        entityId: before.id,
        before: { creditLimitPaise: before.creditLimitPaise },
        after: { creditLimitPaise: p.creditLimitPaise },
      });
      return found(store.customers.get(before.id), 'Customer');
    });
  },

  'khata.creditCheck': (deps, p, ctx) => {
    const c = found(deps.store.customers.get(p.customerId), 'Customer');
    const policy = deps.store.accountingSettings.get().creditPolicy;
    return checkCredit(deps.store.journal.balance('DEBTORS', c.id), c.creditLimitPaise, p.amountPaise, policy, c.name, ctx.lang);
  },

  'khata.suppliers': (deps) => {
    const dues = deps.store.journal.partyDues('CREDITORS', today(deps));
    const names = deps.store.parties.names('supplier', [...dues.keys()]);
    return [...dues.entries()]
      .map(([id, due]) => ({
        supplierId: id,
        name: names.get(id)?.name ?? id,
        phone: names.get(id)?.phone ?? '',
        balancePaise: due.raisedPaise - due.loweredPaise,
        lastDate: due.lastDate,
      }))
      .filter((s) => s.balancePaise !== 0)
      .sort((a, b) => b.balancePaise - a.balancePaise || a.name.localeCompare(b.name));
  },
} satisfies AreaHandlers<'khata'>;
