import type { z } from 'zod';
import type { CreditNoteView, ShopView } from '../../app/core/contract';
import { formatAmount, formatDate, formatQty } from '../../app/core/format';
import { formatRate } from '../../app/core/gst';
import { edges, text, type ReceiptBlock } from './blocks';
import { label, type ReceiptLang } from './labels';
import { finish, numberCode, paragraph, type ReceiptStyle } from './layout';
import type { Section } from './section';
import { taxHeadBlocks } from './totals';

export interface CreditNoteSlip {
  shop: z.output<typeof ShopView>;
  note: z.output<typeof CreditNoteView>;
  copy: 'original' | 'duplicate';
}

const REFUND_LABEL = { cash: 'cash', upi: 'upi', card: 'card', credit: 'credit', bank: 'bank' } as const;

/**
 * A credit note on the counter's receipt printer: the shop, the note's number and date, the bill
 * it is against (number and date, and that bill's barcode), what came back at the bill's rate, the
 * tax heads as posted, how the money went back, and the reason. Never opens the drawer by itself:
 * a cash refund is counted out by the cashier, who opens it.
 */
export function creditNoteBlocks(slip: CreditNoteSlip, style: ReceiptStyle): ReceiptBlock[] {
  const { shop, note, copy } = slip;
  const lang: ReceiptLang = style.hindi === 'receipt' ? 'hi' : 'en';
  const t: Section['t'] = (key) => label(key, lang);
  const s = { style };
  const center = { align: 'center' } as const;
  const blocks: ReceiptBlock[] = [];
  if (shop.demo) blocks.push(text('*** DEMO ***', { ...center, bold: true }));
  if (copy === 'duplicate') blocks.push(text(t('duplicate'), { ...center, bold: true }));
  blocks.push(text(shop.name, { ...center, bold: true, size: 'double' }), ...paragraph(shop.address, s, center));
  if (shop.gstin) blocks.push(text(`GSTIN: ${shop.gstin}`, center));
  blocks.push(text(t('creditNote'), { ...center, bold: true }));
  blocks.push(text(`${t('creditNoteNo')}: ${note.number}`), text(`${t('date')}: ${formatDate(note.date)}`));
  blocks.push(text(`${t('againstBill')}: ${note.invoice.number}`, { bold: true }), text(`${t('billDate')}: ${formatDate(note.invoice.date)}`));
  if (note.customer) {
    const c = note.customer;
    blocks.push(text(`${t('customer')}: ${c.name}${c.phone ? ` (${c.phone})` : ''}`));
    if (c.gstin) blocks.push(text(`${t('buyerGstin')}: ${c.gstin}`));
  }
  blocks.push({ kind: 'rule' }, edges(t('item'), t('amount'), { bold: true }), { kind: 'rule' });
  for (const l of note.lines) {
    blocks.push(text(`${l.lineNo}. ${l.name}`.slice(0, style.width)));
    blocks.push(edges(`   ${formatQty(l.qtyMilli, l.unit)} · HSN ${l.hsn} ${formatRate(l.gstRateBp)}`, formatAmount(l.totalPaise)));
  }
  const tt = note.totals;
  blocks.push({ kind: 'rule' }, edges(t('taxable'), formatAmount(tt.taxablePaise)));
  blocks.push(...taxHeadBlocks(tt));
  if (tt.roundOffPaise) blocks.push(edges(t('roundOff'), formatAmount(tt.roundOffPaise)));
  blocks.push(edges(t('creditTotal'), `Rs.${formatAmount(tt.totalPaise)}`, { bold: true, size: 'double' }));
  blocks.push({ kind: 'rule' }, edges(t('refundBy'), t(REFUND_LABEL[note.refund])));
  blocks.push(...paragraph(`${t('reason')}: ${note.reason}`, s));
  return [...blocks, ...numberCode({ t }, note.invoice.number), ...finish(style)];
}
