import { formatAmount, formatQty } from '../../app/core/format';
import { formatRate } from '../../app/core/gst';
import type { DocLine, PrintableDoc } from './document';

/** The item table's columns for a document: tax columns by kind and supply, cess only when charged. */
export interface Column {
  title: string;
  weight: number;
  align: 'left' | 'right';
  cell: (l: DocLine, i: number) => string;
}

export function columns(d: PrintableDoc): Column[] {
  const taxed = d.kind !== 'bill_of_supply';
  const cess = d.lines.some((l) => l.cessPaise !== 0);
  const amount = (f: (l: DocLine) => number) => (l: DocLine) => formatAmount(f(l));
  const cols: Column[] = [
    { title: '#', weight: 4, align: 'right', cell: (_l, i) => String(i + 1) },
    { title: 'Description', weight: 27, align: 'left', cell: (l) => l.description },
    { title: 'HSN', weight: 7, align: 'left', cell: (l) => l.hsn },
    { title: 'Qty', weight: 9, align: 'right', cell: (l) => formatQty(l.qtyMilli, l.unit) + (l.unit === 'kg' || l.unit === 'l' ? '' : ` ${l.unit}`) },
    { title: 'Rate', weight: 8, align: 'right', cell: amount((l) => l.ratePaise) },
    { title: 'Disc.', weight: 7, align: 'right', cell: amount((l) => l.discountPaise) },
  ];
  if (!taxed) return [...cols, { title: 'Amount', weight: 10, align: 'right', cell: amount((l) => l.totalPaise) }];
  cols.push(
    { title: 'Taxable', weight: 10, align: 'right', cell: amount((l) => l.taxablePaise) },
    { title: 'GST', weight: 5, align: 'right', cell: (l) => formatRate(l.gstRateBp) },
  );
  if (d.supply === 'inter') cols.push({ title: 'IGST', weight: 8, align: 'right', cell: amount((l) => l.igstPaise) });
  else
    cols.push(
      { title: 'CGST', weight: 7, align: 'right', cell: amount((l) => l.cgstPaise) },
      { title: 'SGST', weight: 7, align: 'right', cell: amount((l) => l.sgstPaise) },
    );
  if (cess) cols.push({ title: 'Cess', weight: 7, align: 'right', cell: amount((l) => l.cessPaise) });
  return [...cols, { title: 'Total', weight: 10, align: 'right', cell: amount((l) => l.totalPaise) }];
}
