import { formatAmount, formatDateTime, formatQty } from '../../app/core/format';
import { formatRate } from '../../app/core/gst';
import { stateName } from '../../app/core/gst/states';
import { edges, needsRaster, text, type ReceiptBlock, type TextStyle } from './blocks';
import { row, wrap } from './columns';
import { label, type ReceiptLang } from './labels';
import type { ReceiptDoc, ReceiptStyle, Section } from './section';
import { paymentBlocks, totalsBlocks } from './totals';

export type { ReceiptDoc, ReceiptStyle, Section };

/**
 * Lines of free text: Hindi stays whole (the encoder measures and wraps the image), anything
 * else is wrapped to the printer's columns. With Hindi off, the Devanagari is left out.
 */
export function paragraph(s: string, { style }: Pick<Section, 'style'>, look: TextStyle = {}): ReceiptBlock[] {
  if (style.hindi !== 'off' && needsRaster(s)) return [text(s, look)];
  return wrap(s, style.width).map((l) => text(l, look));
}

function header(s: Section): ReceiptBlock[] {
  const { shop, invoice, copy, t } = s;
  const center = { align: 'center' } as const;
  const blocks: ReceiptBlock[] = [];
  if (shop.demo) blocks.push(text('*** DEMO ***', { ...center, bold: true }));
  if (copy === 'duplicate') blocks.push(text(t('duplicate'), { ...center, bold: true }));
  // Composition rule 5(1)(g): the words go at the top of every bill of supply.
  if (invoice.docType === 'bill_of_supply') blocks.push(...paragraph(label('composition', 'en'), s, center));
  blocks.push(text(shop.name, { ...center, bold: true, size: 'double' }));
  blocks.push(...paragraph(shop.address, s, center));
  if (shop.phone) blocks.push(text(`${t('phone')}: ${shop.phone}`, center));
  if (shop.legalName && shop.legalName !== shop.name) blocks.push(...paragraph(shop.legalName, s, center));
  if (shop.gstin) blocks.push(text(`GSTIN: ${shop.gstin}`, center));
  blocks.push(text(t(invoice.docType === 'bill_of_supply' ? 'billOfSupply' : 'taxInvoice'), { ...center, bold: true }));
  if (invoice.status === 'cancelled') blocks.push(text(t('cancelled'), { ...center, bold: true }));
  const when = formatDateTime(invoice.createdAt);
  const bill = `${t('bill')}: ${invoice.number}`;
  // 58 mm paper cannot hold the number and the date on one line
  if (bill.length + when.length + 1 <= s.style.width) blocks.push(edges(bill, when));
  else blocks.push(text(bill), text(when, { align: 'right' }));
  blocks.push(text(`${t('cashier')}: ${invoice.cashier.name}`));
  if (invoice.customer) {
    const c = invoice.customer;
    blocks.push(text(`${t('customer')}: ${c.name}${c.phone ? ` (${c.phone})` : ''}`));
    if (c.gstin) blocks.push(text(`${t('buyerGstin')}: ${c.gstin}`));
  }
  if (invoice.supply === 'inter') blocks.push(text(`${t('placeOfSupply')}: ${stateName(invoice.placeOfSupply)} (${invoice.placeOfSupply})`));
  return blocks;
}

function items(s: Section): ReceiptBlock[] {
  const { invoice, style, t } = s;
  const wide = style.width >= 48;
  const [qtyW, rateW, amtW] = wide ? [9, 9, 10] : [0, 0, 9];
  // 80 mm: item | qty | rate | amount; 58 mm: "qty x rate" | amount
  const cols = (a: string, b: string, c: string, d: string) =>
    wide
      ? row(style.width, [
          { text: a },
          { text: b, width: qtyW, align: 'right' },
          { text: c, width: rateW, align: 'right' },
          { text: d, width: amtW, align: 'right' },
        ])
      : row(style.width, [{ text: a }, { text: d, width: amtW, align: 'right' }]);
  const heading =
    s.lang === 'hi' || !wide
      ? edges(wide ? t('item') : `${t('item')} (${t('qty')} x ${t('rate')})`, t('amount'), { bold: true })
      : text(cols(t('item'), t('qty'), t('rate'), t('amount')), { bold: true });
  const blocks: ReceiptBlock[] = [{ kind: 'rule' }, heading, { kind: 'rule' }];
  for (const l of invoice.lines) {
    // The English name always prints, so a customer who does not read Devanagari can check the line; the Hindi name goes under it.
    blocks.push(text(`${l.lineNo}. ${l.name}`.slice(0, style.width)));
    if (style.hindi !== 'off' && l.nameHi) blocks.push(text(`   ${l.nameHi}`));
    const tax = invoice.docType === 'bill_of_supply' ? `HSN ${l.hsn}` : `HSN ${l.hsn} ${formatRate(l.gstRateBp)}`;
    const qty = formatQty(l.qtyMilli, l.unit);
    // 58 mm has no rate column: "2 x 14.00" says it in the first column instead
    const first = wide ? `   ${tax}` : `   ${qty} x ${formatAmount(l.unitPricePaise)}`;
    blocks.push(text(cols(first, wide ? qty : '', formatAmount(l.unitPricePaise), formatAmount(l.amountPaise))));
    if (!wide) blocks.push(text(`   ${tax}`));
    if (l.discountPaise > 0) blocks.push(edges(`   ${t('discount')}`, `-${formatAmount(l.discountPaise)}`));
  }
  return blocks;
}

/** The counter receipt, top to bottom. */
export function receiptBlocks(doc: ReceiptDoc, style: ReceiptStyle): ReceiptBlock[] {
  const lang: ReceiptLang = style.hindi === 'receipt' ? 'hi' : 'en';
  const s: Section = { ...doc, style, lang, t: (key) => label(key, lang) };
  const paidInCash = doc.invoice.payments.some((p) => p.method === 'cash');
  // Only the original opens the drawer: a reprint must never pop it open again.
  const kick = doc.copy === 'original' && (style.drawer === 'always' || (style.drawer === 'cash' && paidInCash));
  const footer = doc.shop.receiptFooter ? paragraph(doc.shop.receiptFooter, s, { align: 'center' }) : [];
  return [
    ...(kick ? [drawerKick(style.drawerPin)] : []),
    ...header(s),
    ...items(s),
    ...totalsBlocks(s),
    ...paymentBlocks(s),
    ...footer,
    ...numberCode(s, doc.invoice.number),
    ...finish(style),
  ];
}

/** The document's number as a barcode: a return starts by scanning it at the counter. */
export function numberCode(s: Pick<Section, 't'>, number: string): ReceiptBlock[] {
  return [{ kind: 'feed', lines: 1 }, text(s.t('returnsBring'), { align: 'center' }), { kind: 'barcode', type: 'CODE128', data: number }];
}

/** Pin 2 (most drawers), a 50 ms pulse and 500 ms rest: the values drawers expect. */
export function drawerKick(pin: 2 | 5): ReceiptBlock {
  return { kind: 'drawer', pin, onMs: 50, offMs: 500 };
}

export function finish(style: Pick<ReceiptStyle, 'cut'>): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = [{ kind: 'feed', lines: 3 }];
  if (style.cut !== 'none') blocks.push({ kind: 'cut', partial: style.cut === 'partial' });
  return blocks;
}
