import type { z } from 'zod';
import type { InvoiceView, ShopView } from '../../app/core/contract';
import { formatAmount, formatDateTime, formatQty } from '../../app/core/format';
import { lineAmount } from '../../app/core/billing/pricing';
import { stateName } from '../../app/core/gst/states';
import { sum } from '../../app/core/money';
import { text, type ReceiptBlock } from './blocks';
import { leftRight, pair, row, wrap } from './columns';

export interface ReceiptDoc {
  shop: z.output<typeof ShopView>;
  invoice: z.output<typeof InvoiceView>;
  copy: 'original' | 'duplicate';
  /** characters per line: 32 (58 mm) or 48 (80 mm) */
  width: 32 | 48;
}

const METHOD_LABEL = { cash: 'Cash', upi: 'UPI', card: 'Card', credit: 'Khata (credit)' } as const;

function header({ shop, invoice, copy, width }: ReceiptDoc): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = [];
  if (copy === 'duplicate') blocks.push(text('*** DUPLICATE ***', { align: 'center', bold: true }));
  if (invoice.docType === 'bill_of_supply') {
    // Composition rule 5(1)(g): the words go at the top of every bill.
    for (const l of wrap('Composition taxable person, not eligible to collect tax on supplies', width)) blocks.push(text(l, { align: 'center' }));
  }
  blocks.push(text(shop.name, { align: 'center', bold: true, size: 'double' }));
  for (const l of wrap(shop.address, width)) blocks.push(text(l, { align: 'center' }));
  if (shop.phone) blocks.push(text(`Ph: ${shop.phone}`, { align: 'center' }));
  if (shop.gstin) blocks.push(text(`GSTIN: ${shop.gstin}`, { align: 'center' }));
  blocks.push(text(invoice.docType === 'bill_of_supply' ? 'BILL OF SUPPLY' : 'TAX INVOICE', { align: 'center', bold: true }));
  if (invoice.status === 'cancelled') blocks.push(text('*** CANCELLED ***', { align: 'center', bold: true }));
  for (const l of pair(width, `Bill: ${invoice.number}`, formatDateTime(invoice.createdAt))) blocks.push(text(l));
  blocks.push(text(`Cashier: ${invoice.cashier.name}`));
  if (invoice.customer) {
    blocks.push(text(`Customer: ${invoice.customer.name}${invoice.customer.phone ? ` (${invoice.customer.phone})` : ''}`));
    if (invoice.customer.gstin) blocks.push(text(`Buyer GSTIN: ${invoice.customer.gstin}`));
  }
  if (invoice.supply === 'inter') blocks.push(text(`Place of supply: ${stateName(invoice.placeOfSupply)} (${invoice.placeOfSupply})`));
  return blocks;
}

function items({ invoice, width }: ReceiptDoc): ReceiptBlock[] {
  const qtyW = width >= 48 ? 9 : 7;
  const amtW = width >= 48 ? 10 : 9;
  const rateW = width >= 48 ? 9 : 0;
  const cols = (a: string, b: string, c: string, d: string) =>
    row(width, [{ text: a }, { text: b, width: qtyW, align: 'right' }, ...(rateW ? [{ text: c, width: rateW, align: 'right' as const }] : []), { text: d, width: amtW, align: 'right' }]);
  const blocks: ReceiptBlock[] = [{ kind: 'rule' }, text(cols('Item', 'Qty', 'Rate', 'Amount'), { bold: true }), { kind: 'rule' }];
  for (const l of invoice.lines) {
    blocks.push(text(`${l.lineNo}. ${l.name}`.slice(0, width)));
    const tax = invoice.docType === 'bill_of_supply' ? `HSN ${l.hsn}` : `HSN ${l.hsn} ${l.gstRateBp / 100}%`;
    blocks.push(text(cols(`   ${tax}`, formatQty(l.qtyMilli, l.unit), formatAmount(l.unitPricePaise), formatAmount(l.amountPaise))));
    if (l.discountPaise > 0) blocks.push(text(leftRight(width, '   Discount', `-${formatAmount(l.discountPaise)}`)));
  }
  return blocks;
}

function totals({ invoice, width }: ReceiptDoc): ReceiptBlock[] {
  const t = invoice.totals;
  const lr = (l: string, r: string, bold = false) => text(leftRight(width, l, r), { bold });
  const blocks: ReceiptBlock[] = [{ kind: 'rule' }, lr(`Items: ${invoice.lines.length}`, `Amount ${formatAmount(t.amountPaise)}`)];
  if (t.discountPaise > 0) blocks.push(lr('Discount', `-${formatAmount(t.discountPaise)}`));
  if (invoice.docType === 'tax_invoice') {
    blocks.push(lr('Taxable value', formatAmount(t.taxablePaise)));
    if (t.cgstPaise) blocks.push(lr('CGST', formatAmount(t.cgstPaise)));
    if (t.sgstPaise) blocks.push(lr('SGST', formatAmount(t.sgstPaise)));
    if (t.igstPaise) blocks.push(lr('IGST', formatAmount(t.igstPaise)));
    if (t.cessPaise) blocks.push(lr('Cess', formatAmount(t.cessPaise)));
  }
  if (t.roundOffPaise) blocks.push(lr('Round off', formatAmount(t.roundOffPaise)));
  blocks.push(text(leftRight(width, 'NET PAYABLE', `Rs.${formatAmount(t.payablePaise)}`), { bold: true }));
  blocks.push({ kind: 'rule' });
  for (const p of invoice.payments) {
    blocks.push(lr(METHOD_LABEL[p.method] + (p.reference ? ` ${p.reference}` : ''), formatAmount(p.amountPaise)));
    if (p.changePaise > 0) blocks.push(lr('  Cash given / change', `${formatAmount(p.tenderedPaise)} / ${formatAmount(p.changePaise)}`));
  }
  const saved = sum(invoice.lines.map((l) => (l.mrpPaise !== null ? Math.max(0, lineAmount(l.qtyMilli, l.mrpPaise) - l.amountPaise) : 0))) + t.discountPaise;
  if (saved > 0) blocks.push(text(`You saved Rs.${formatAmount(saved)} on MRP`, { align: 'center', bold: true }));
  return blocks;
}

/** The counter receipt (a plain text ESC/POS receipt; issue #5 adds QR, Hindi raster and more). */
export function receiptBlocks(doc: ReceiptDoc): ReceiptBlock[] {
  const footer = doc.shop.receiptFooter ? wrap(doc.shop.receiptFooter, doc.width).map((l) => text(l, { align: 'center' })) : [];
  return [...header(doc), ...items(doc), ...totals(doc), ...footer, { kind: 'feed', lines: 3 }, { kind: 'cut' }];
}
