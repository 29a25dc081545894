import type { z } from 'zod';
import type {
  AgeingRow,
  BalanceSheetView,
  DayBookView,
  LedgerView,
  PartyLedger,
  ProfitAndLossView,
  PurchaseRegisterView,
  SalesRegisterView,
  TrialBalanceView,
} from '../contract';
import { formatDate } from '../format/date';
import type { ReportTable, TableRow } from './table';

/** Each book and statement as the table its Excel and PDF exports draw: the same figures as the screen. */
const period = (from: string, to: string) => `${formatDate(from)} to ${formatDate(to)}`;
const drCr = (signed: number): [number | null, number | null] => [signed > 0 ? signed : null, signed < 0 ? -signed : null];

export function trialBalanceTable(tb: z.output<typeof TrialBalanceView>): ReportTable {
  return {
    title: 'Trial balance',
    period: period(tb.from, tb.to),
    fileBase: `trial-balance-${tb.from}-${tb.to}`,
    columns: [
      { label: 'Account', kind: 'text', width: 4 },
      { label: 'Opening Dr', kind: 'money' },
      { label: 'Opening Cr', kind: 'money' },
      { label: 'Debit', kind: 'money' },
      { label: 'Credit', kind: 'money' },
      { label: 'Closing Dr', kind: 'money' },
      { label: 'Closing Cr', kind: 'money' },
    ],
    rows: [
      ...tb.rows.map((r): TableRow => ({
        cells: [r.partyName ? `${r.name}: ${r.partyName}` : r.name, ...drCr(r.openingPaise), r.debitPaise, r.creditPaise, ...drCr(r.closingPaise)],
        level: r.partyId ? 1 : 0,
      })),
      {
        cells: [
          'Total',
          ...drCr(tb.totals.openingPaise),
          tb.totals.debitPaise,
          tb.totals.creditPaise,
          tb.totals.closingDebitPaise,
          tb.totals.closingCreditPaise,
        ],
        strong: true,
      },
    ],
    notes: [tb.totals.closingDebitPaise === tb.totals.closingCreditPaise ? 'The trial balance agrees.' : 'The trial balance does not agree.'],
  };
}

type Section = z.output<typeof ProfitAndLossView>['sections'][number];
const sectionRows = (s: Section): TableRow[] => [
  { cells: [s.label, null], strong: true },
  ...s.rows.map((r): TableRow => ({ cells: [r.name, r.amountPaise], level: 1 })),
  { cells: [`Total ${s.label.toLowerCase()}`, s.totalPaise], level: 1 },
];

export function profitAndLossTable(pl: z.output<typeof ProfitAndLossView>): ReportTable {
  const trading = pl.sections.slice(0, 4);
  const other = pl.sections.slice(4);
  return {
    title: 'Profit and loss',
    period: period(pl.from, pl.to),
    fileBase: `profit-and-loss-${pl.from}-${pl.to}`,
    columns: [
      { label: 'Particulars', kind: 'text', width: 4 },
      { label: 'Amount', kind: 'money' },
    ],
    rows: [
      ...trading.flatMap(sectionRows),
      { cells: ['Gross profit', pl.grossProfitPaise], strong: true },
      ...other.flatMap(sectionRows),
      { cells: ['Net profit', pl.netProfitPaise], strong: true },
    ],
  };
}

export function balanceSheetTable(bs: z.output<typeof BalanceSheetView>): ReportTable {
  return {
    title: 'Balance sheet',
    period: `as on ${formatDate(bs.asOf)}`,
    fileBase: `balance-sheet-${bs.asOf}`,
    columns: [
      { label: 'Particulars', kind: 'text', width: 4 },
      { label: 'Amount', kind: 'money' },
    ],
    rows: [
      { cells: ['Capital and liabilities', null], strong: true },
      ...sectionRows(bs.capital),
      ...bs.liabilities.flatMap(sectionRows),
      { cells: ['Total capital and liabilities', bs.totalLiabilitiesPaise], strong: true },
      { cells: ['Assets', null], strong: true },
      ...bs.assets.flatMap(sectionRows),
      { cells: ['Total assets', bs.totalAssetsPaise], strong: true },
    ],
    notes: [bs.differencePaise === 0 ? 'Assets equal capital and liabilities.' : `Difference: ${bs.differencePaise / 100}`],
  };
}

type LedgerLike = Pick<z.output<typeof LedgerView>, 'from' | 'to' | 'openingPaise' | 'rows' | 'closingPaise'> | z.output<typeof PartyLedger>;

export function ledgerTable(title: string, l: LedgerLike): ReportTable {
  return {
    title,
    period: period(l.from, l.to),
    fileBase: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${l.from}-${l.to}`,
    columns: [
      { label: 'Date', kind: 'date' },
      { label: 'Voucher', kind: 'text', width: 1.6 },
      { label: 'Particulars', kind: 'text', width: 4 },
      { label: 'Debit', kind: 'money' },
      { label: 'Credit', kind: 'money' },
      { label: 'Balance', kind: 'money' },
    ],
    rows: [
      { cells: [l.from, null, 'Opening balance', null, null, l.openingPaise], strong: true },
      ...l.rows.map((r): TableRow => ({
        cells: [
          r.date,
          r.number ?? r.voucherType,
          [r.particulars, r.narration].filter(Boolean).join(' — '),
          r.debitPaise || null,
          r.creditPaise || null,
          r.balancePaise,
        ],
      })),
      { cells: [l.to, null, 'Closing balance', null, null, l.closingPaise], strong: true },
    ],
  };
}

export function dayBookTable(d: z.output<typeof DayBookView>): ReportTable {
  return {
    title: 'Day book',
    period: period(d.from, d.to),
    fileBase: `day-book-${d.from}-${d.to}`,
    columns: [
      { label: 'Date', kind: 'date' },
      { label: 'Voucher', kind: 'text', width: 1.6 },
      { label: 'Account', kind: 'text', width: 4 },
      { label: 'Debit', kind: 'money' },
      { label: 'Credit', kind: 'money' },
    ],
    rows: d.entries.flatMap((e): TableRow[] => [
      { cells: [e.date, e.document.number ?? e.voucherType, e.narration, null, null], strong: true },
      ...e.lines.map((l): TableRow => ({ cells: [null, null, l.accountName, l.debitPaise || null, l.creditPaise || null], level: 1 })),
    ]),
    notes: [`${d.entries.length} entries, ${d.totalPaise / 100} debited and credited`],
  };
}

export function salesRegisterTable(r: z.output<typeof SalesRegisterView>): ReportTable {
  return {
    title: 'Sales register',
    period: period(r.from, r.to),
    fileBase: `sales-register-${r.from}-${r.to}`,
    columns: [
      { label: 'Date', kind: 'date' },
      { label: 'Number', kind: 'text', width: 1.6 },
      { label: 'Customer', kind: 'text', width: 2 },
      { label: 'GSTIN', kind: 'text', width: 1.6 },
      { label: 'Taxable', kind: 'money' },
      { label: 'CGST', kind: 'money' },
      { label: 'SGST', kind: 'money' },
      { label: 'IGST', kind: 'money' },
      { label: 'Cess', kind: 'money' },
      { label: 'Total', kind: 'money' },
    ],
    rows: [
      ...r.rows.map((x): TableRow => ({
        cells: [
          x.date,
          `${x.number}${x.status === 'cancelled' ? ' (cancelled)' : ''}`,
          x.customerName ?? 'Walk-in',
          x.gstin ?? '',
          x.taxablePaise,
          x.cgstPaise,
          x.sgstPaise,
          x.igstPaise,
          x.cessPaise,
          x.totalPaise,
        ],
      })),
      {
        cells: [
          '',
          'Total',
          '',
          '',
          r.totals.taxablePaise,
          r.totals.cgstPaise,
          r.totals.sgstPaise,
          r.totals.igstPaise,
          r.totals.cessPaise,
          r.totals.totalPaise,
        ],
        strong: true,
      },
    ],
  };
}

export function purchaseRegisterTable(r: z.output<typeof PurchaseRegisterView>): ReportTable {
  return {
    title: 'Purchase register',
    period: period(r.from, r.to),
    fileBase: `purchase-register-${r.from}-${r.to}`,
    columns: [
      { label: 'Date', kind: 'date' },
      { label: 'Bill / note', kind: 'text', width: 1.6 },
      { label: 'Bill date', kind: 'date' },
      { label: 'Supplier', kind: 'text', width: 2 },
      { label: 'GSTIN', kind: 'text', width: 1.4 },
      { label: 'Taxable', kind: 'money' },
      { label: 'CGST', kind: 'money' },
      { label: 'SGST', kind: 'money' },
      { label: 'IGST', kind: 'money' },
      { label: 'Cess', kind: 'money' },
      { label: 'Total', kind: 'money' },
    ],
    rows: [
      ...r.rows.map((x): TableRow => ({
        cells: [
          x.date,
          `${x.number ?? x.voucherType}${x.against ? ` (against ${x.against})` : ''}`,
          x.supplierDate,
          x.supplierName ?? '',
          x.supplierGstin ?? '',
          x.taxablePaise,
          x.cgstPaise,
          x.sgstPaise,
          x.igstPaise,
          x.cessPaise,
          x.totalPaise,
        ],
      })),
      {
        cells: [
          '',
          'Total',
          null,
          '',
          '',
          r.totals.taxablePaise,
          r.totals.cgstPaise,
          r.totals.sgstPaise,
          r.totals.igstPaise,
          r.totals.cessPaise,
          r.totals.totalPaise,
        ],
        strong: true,
      },
    ],
  };
}

export function ageingTable(kind: 'customer' | 'supplier', asOf: string, rows: ReadonlyArray<z.output<typeof AgeingRow>>): ReportTable {
  return {
    title: kind === 'customer' ? 'Khata ageing (customers)' : 'Payables ageing (suppliers)',
    period: `as on ${formatDate(asOf)}`,
    fileBase: `ageing-${kind}s-${asOf}`,
    columns: [
      { label: kind === 'customer' ? 'Customer' : 'Supplier', kind: 'text', width: 3 },
      { label: 'Phone', kind: 'text', width: 1.4 },
      { label: 'Due', kind: 'money' },
      { label: '0–30 days', kind: 'money' },
      { label: '31–60', kind: 'money' },
      { label: '61–90', kind: 'money' },
      { label: 'Over 90', kind: 'money' },
      { label: 'Advance', kind: 'money' },
    ],
    rows: rows.map((r) => ({ cells: [r.name, r.phone, r.balancePaise, r.d0_30, r.d31_60, r.d61_90, r.d90_plus, r.advancePaise || null] })),
  };
}
