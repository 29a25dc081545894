import type { z } from 'zod';
import type { AgeingRow, PurchaseRegisterView, SalesRegisterView } from '../contract';
import type { Lang } from '../contract/vocabulary';
import { formatDate } from '../format/date';
import { sayIn } from '../i18n/fail';
import { voucherWord } from './names';
import { col, money, datedHead, report, taxColumns, type Report, type Row } from './table';

/** The sales and purchase registers (a row opens its bill or entry) and the ageing of dues. */
type Taxes = { taxablePaise: number; cgstPaise: number; sgstPaise: number; igstPaise: number; cessPaise: number; totalPaise: number };
const taxCells = (x: Taxes) => [x.taxablePaise, x.cgstPaise, x.sgstPaise, x.igstPaise, x.cessPaise, x.totalPaise];

export function salesRegisterReport(r: z.output<typeof SalesRegisterView>, lang: Lang): Report {
  const t = sayIn(lang);
  const { invoices, creditNotes, cancelled } = r.totals;
  return report({
    ...datedHead(t, lang, 'salesRegister', t('report.salesRegister'), r, 'sales-register'),
    parts: [
      {
        key: 'documents',
        columns: [
          col(t, 'report.col.date', 'date'),
          col(t, 'report.col.number', 'text', 1.6),
          col(t, 'report.col.voucherType', 'text', 1.2),
          col(t, 'report.col.customer', 'text', 2),
          col(t, 'report.col.gstin', 'text', 1.6),
          ...taxColumns(t),
        ],
        rows: [
          ...r.rows.map((x): Row => ({
            cells: [
              x.date,
              x.status === 'cancelled' ? t('report.cancelledNumber', { number: x.number }) : x.number,
              voucherWord(x.kind === 'credit_note' ? 'credit_note' : 'sales', lang),
              x.customerName ?? t('report.walkIn'),
              x.gstin ?? '',
              ...taxCells(x),
            ],
            ...(x.status === 'cancelled' ? { style: 'cancelled' as const } : {}),
            drill: { kind: 'document', refId: x.id },
          })),
          { cells: ['', t('report.total'), '', '', '', ...taxCells(r.totals)], style: 'total' },
        ],
      },
    ],
    notes: [{ text: t('report.registerCounts', { invoices, creditNotes, cancelled }), tone: 'info' }],
  });
}

export function purchaseRegisterReport(r: z.output<typeof PurchaseRegisterView>, lang: Lang): Report {
  const t = sayIn(lang);
  return report({
    ...datedHead(t, lang, 'purchaseRegister', t('report.purchaseRegister'), r, 'purchase-register'),
    parts: [
      {
        key: 'documents',
        columns: [
          col(t, 'report.col.date', 'date'),
          col(t, 'report.col.billOrNote', 'text', 1.6),
          col(t, 'report.col.voucherType', 'text', 1.2),
          col(t, 'report.col.billDate', 'date'),
          col(t, 'report.col.supplier', 'text', 2),
          col(t, 'report.col.gstin', 'text', 1.4),
          ...taxColumns(t),
        ],
        rows: [
          ...r.rows.map((x): Row => {
            const number = x.number ?? '';
            return {
              cells: [
                x.date,
                x.against ? t('report.againstNumber', { number, against: x.against }) : number,
                voucherWord(x.voucherType, lang),
                x.supplierDate,
                x.supplierName ?? '',
                x.supplierGstin ?? '',
                ...taxCells(x),
              ],
              drill: { kind: 'entry', entryId: x.entryId },
            };
          }),
          { cells: ['', t('report.total'), '', null, '', '', ...taxCells(r.totals)], style: 'total' },
        ],
      },
    ],
  });
}

export function ageingReport(kind: 'customer' | 'supplier', asOf: string, rows: ReadonlyArray<z.output<typeof AgeingRow>>, lang: Lang): Report {
  const t = sayIn(lang);
  const sum = (pick: (r: z.output<typeof AgeingRow>) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return report({
    report: 'ageing',
    lang,
    title: t(kind === 'customer' ? 'report.ageingCustomers' : 'report.ageingSuppliers'),
    period: t('report.asOn', { date: formatDate(asOf) }),
    fileBase: `ageing-${kind}s-${asOf}`,
    parts: [
      {
        key: 'parties',
        columns: [
          col(t, kind === 'customer' ? 'report.col.customer' : 'report.col.supplier', 'text', 3),
          col(t, 'report.col.phone', 'text', 1.4),
          ...(
            ['report.col.due', 'report.col.days0to30', 'report.col.days31to60', 'report.col.days61to90', 'report.col.over90', 'report.col.advance'] as const
          ).map((k) => money(t, k)),
        ],
        rows: [
          ...rows.map((r): Row => ({ cells: [r.name, r.phone, r.balancePaise, r.d0_30, r.d31_60, r.d61_90, r.d90_plus, r.advancePaise || null] })),
          {
            cells: [
              t('report.total'),
              null,
              sum((r) => r.balancePaise),
              sum((r) => r.d0_30),
              sum((r) => r.d31_60),
              sum((r) => r.d61_90),
              sum((r) => r.d90_plus),
              sum((r) => r.advancePaise),
            ],
            style: 'total',
          },
        ],
      },
    ],
  });
}
