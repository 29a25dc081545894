import type { z } from 'zod';
import type { DayBookView, LedgerView, PartyLedger } from '../contract';
import type { Lang } from '../contract/vocabulary';
import { formatInr } from '../format/inr';
import { sayIn } from '../i18n/fail';
import { accountName, voucherWord } from './names';
import { col, datedHead, money, report, slug, type Report, type Row } from './table';

type LedgerLike = Pick<z.output<typeof LedgerView>, 'from' | 'to' | 'openingPaise' | 'rows' | 'closingPaise'> | z.output<typeof PartyLedger>;

/** Which ledger: an account's, a cash or bank book, or a party's statement of account. */
export type LedgerTitle =
  | {
      key: 'report.ledger' | 'report.cashBook' | 'report.bankBook';
      account: string;
      code?: string;
      /** one party's part of the account, by name */ party?: string;
    }
  | { key: 'report.statement'; party: string };

const REPORT_OF = { 'report.ledger': 'ledger', 'report.cashBook': 'cashBook', 'report.bankBook': 'bankBook', 'report.statement': 'statement' } as const;

const titleIn = (lang: Lang, title: LedgerTitle) =>
  title.key === 'report.statement'
    ? sayIn(lang)(title.key, { party: title.party })
    : sayIn(lang)(title.key, {
        account: `${title.code ? accountName(title.code, title.account, lang) : title.account}${title.party ? ` · ${title.party}` : ''}`,
      });

/** Opening, every entry with its other side and running balance (signed: debit positive), closing; a row opens its entry. */
export function ledgerReport(which: LedgerTitle, l: LedgerLike, lang: Lang): Report {
  const t = sayIn(lang);
  const debit = l.rows.reduce((s, r) => s + r.debitPaise, 0);
  const credit = l.rows.reduce((s, r) => s + r.creditPaise, 0);
  return report({
    ...datedHead(t, lang, REPORT_OF[which.key], titleIn(lang, which), l, slug(titleIn('en', which))),
    parts: [
      {
        key: 'ledger',
        columns: [
          col(t, 'report.col.date', 'date'),
          col(t, 'report.col.particulars', 'text', 4),
          col(t, 'report.col.voucherType', 'text', 1.4),
          col(t, 'report.col.voucher', 'text', 1.6),
          money(t, 'report.col.debit'),
          money(t, 'report.col.credit'),
          money(t, 'report.col.balance'),
        ],
        rows: [
          { cells: [l.from, t('report.openingBalance'), null, null, null, null, l.openingPaise], style: 'subtotal' },
          ...l.rows.map((r): Row => ({
            cells: [
              r.date,
              [r.particulars, r.narration].filter(Boolean).join(' — '),
              voucherWord(r.voucherType, lang),
              r.number ?? null,
              r.debitPaise || null,
              r.creditPaise || null,
              r.balancePaise,
            ],
            drill: { kind: 'entry', entryId: r.entryId },
          })),
          {
            cells: [l.to, t('report.closingBalance'), null, null, debit, credit, l.closingPaise],
            style: 'total',
            marks: [null, null, null, null, null, null, 'closing'],
          },
        ],
      },
    ],
  });
}

/**
 * Every voucher of the period, one row each at the voucher's own amount (a bill at what the customer
 * pays), as a day book is read; its journal lines (the cost-of-goods pair, tax, round-off) are the
 * voucher's detail, shown where the row drills to.
 */
export function dayBookReport(d: z.output<typeof DayBookView>, lang: Lang): Report {
  const t = sayIn(lang);
  return report({
    ...datedHead(t, lang, 'dayBook', t('report.dayBook'), d, 'day-book'),
    parts: [
      {
        key: 'entries',
        columns: [
          col(t, 'report.col.date', 'date'),
          col(t, 'report.col.voucher', 'text', 1.6),
          col(t, 'report.col.voucherType', 'text', 1.4),
          col(t, 'report.col.particulars', 'text', 4),
          money(t, 'report.col.amount'),
        ],
        rows: [
          ...d.entries.map((e): Row => ({
            cells: [e.date, e.document.number ?? null, voucherWord(e.voucherType, lang), e.narration || voucherWord(e.voucherType, lang), e.amountPaise],
            drill: { kind: 'entry', entryId: e.id },
          })),
          { cells: [null, null, null, t('report.total'), d.totalPaise], style: 'total' },
        ],
      },
    ],
    notes: [
      {
        text: t(d.entries.length === 1 ? 'report.dayBookNoteOne' : 'report.dayBookNote', { count: d.entries.length, amount: formatInr(d.totalPaise) }),
        tone: 'info',
      },
    ],
  });
}
