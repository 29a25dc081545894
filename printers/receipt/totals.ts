import { payeeNameOf } from '../../app/core/shop/identity';
import { formatAmount } from '../../app/core/format';
import { formatRate, taxByRate } from '../../app/core/gst';
import { lineAmount } from '../../app/core/billing/pricing';
import { sum } from '../../app/core/money';
import { upiPayLink } from '../../app/core/payments/upi';
import { edges, text, type ReceiptBlock } from './blocks';
import { row } from './columns';
import type { Section } from './section';

const TENDER_LABEL = { cash: 'cash', upi: 'upi', card: 'card', credit: 'credit' } as const;

/** The GST breakup per rate: CGST and SGST within the state, IGST across states; cess below its rate. */
function gstTable({ invoice, style, t }: Section): ReceiptBlock[] {
  const rows = taxByRate(invoice.lines);
  if (rows.length === 0) return [];
  const inter = invoice.supply === 'inter';
  const [taxW, headW] = style.width >= 48 ? [12, 10] : [9, 8];
  const cols = (cells: string[]) =>
    row(
      style.width,
      cells.map((c, i) => (i === 0 ? { text: c } : { text: c, width: i === 1 ? taxW : headW, align: 'right' as const })),
    );
  const blocks: ReceiptBlock[] = [text(t('gstBreakup'), { bold: true }), text(cols(inter ? ['GST', 'Taxable', 'IGST'] : ['GST', 'Taxable', 'CGST', 'SGST']))];
  for (const r of rows) {
    const heads = inter ? [formatAmount(r.igstPaise)] : [formatAmount(r.cgstPaise), formatAmount(r.sgstPaise)];
    blocks.push(text(cols([formatRate(r.gstRateBp), formatAmount(r.taxablePaise), ...heads])));
    if (r.cessPaise) blocks.push(edges(`  Cess ${formatRate(r.cessRateBp)}`, formatAmount(r.cessPaise)));
  }
  return blocks;
}

/** What the customer saved against the printed MRP, discounts included. */
export function mrpSavings({ invoice }: Pick<Section, 'invoice'>): number {
  const belowMrp = invoice.lines.map((l) => (l.mrpPaise !== null ? Math.max(0, lineAmount(l.qtyMilli, l.mrpPaise) - l.amountPaise) : 0));
  return sum(belowMrp) + invoice.totals.discountPaise;
}

/** One line per tax head that is not zero: CGST, SGST, IGST, cess. */
export function taxHeadBlocks(tt: { cgstPaise: number; sgstPaise: number; igstPaise: number; cessPaise: number }): ReceiptBlock[] {
  const heads: Array<[string, number]> = [
    ['CGST', tt.cgstPaise],
    ['SGST', tt.sgstPaise],
    ['IGST', tt.igstPaise],
    ['Cess', tt.cessPaise],
  ];
  return heads.filter(([, paise]) => paise !== 0).map(([name, paise]) => edges(name, formatAmount(paise)));
}

export function totalsBlocks(s: Section): ReceiptBlock[] {
  const { invoice, t } = s;
  const tt = invoice.totals;
  const blocks: ReceiptBlock[] = [{ kind: 'rule' }, edges(`${t('items')}: ${invoice.lines.length}`, `${t('subtotal')} ${formatAmount(tt.amountPaise)}`)];
  if (tt.discountPaise > 0) blocks.push(edges(t('discount'), `-${formatAmount(tt.discountPaise)}`));
  if (invoice.docType === 'tax_invoice') {
    blocks.push(edges(t('taxable'), formatAmount(tt.taxablePaise)));
    blocks.push(...taxHeadBlocks(tt));
  }
  if (tt.roundOffPaise) blocks.push(edges(t('roundOff'), formatAmount(tt.roundOffPaise)));
  blocks.push(edges(t('payable'), `Rs.${formatAmount(tt.payablePaise)}`, { bold: true, size: 'double' }));
  if (invoice.docType === 'tax_invoice') blocks.push({ kind: 'rule' }, ...gstTable(s));
  return blocks;
}

/**
 * Only what is still owed (the khata part) can be paid by scanning: cash, card and UPI were settled
 * at the counter, and a QR for them would invite the customer to pay twice.
 */
export function amountDueByUpi({ invoice }: Pick<Section, 'invoice'>): number {
  return sum(invoice.payments.filter((p) => p.method === 'credit').map((p) => p.amountPaise));
}

function upiQr(s: Section): ReceiptBlock[] {
  const { shop, invoice, style, t } = s;
  const due = amountDueByUpi(s);
  if (style.qr === 'off' || !shop.upiVpa || due <= 0 || invoice.status === 'cancelled') return [];
  const link = upiPayLink({
    vpa: shop.upiVpa,
    payeeName: payeeNameOf(shop),
    amountPaise: due,
    ref: invoice.number,
    note: `Bill ${invoice.number}`,
    mcc: '5411',
  });
  return [
    { kind: 'feed', lines: 1 },
    text(t('scanToPay'), { align: 'center', bold: true }),
    { kind: 'qr', data: link },
    text(`Rs.${formatAmount(due)} -> ${shop.upiVpa}`, { align: 'center' }),
  ];
}

export function paymentBlocks(s: Section): ReceiptBlock[] {
  const { invoice, t } = s;
  const blocks: ReceiptBlock[] = [{ kind: 'rule' }];
  for (const p of invoice.payments) {
    blocks.push(edges(t(TENDER_LABEL[p.method]) + (p.reference ? ` ${p.reference}` : ''), formatAmount(p.amountPaise)));
    if (p.changePaise > 0)
      blocks.push(edges(`  ${t('tendered')}`, formatAmount(p.tenderedPaise)), edges(`  ${t('change')}`, formatAmount(p.changePaise), { bold: true }));
  }
  const onCredit = invoice.payments.some((p) => p.method === 'credit');
  if (onCredit && s.khataBalancePaise !== undefined && s.khataBalancePaise !== null) {
    blocks.push(edges(t('khataBalance'), `Rs.${formatAmount(s.khataBalancePaise)}`, { bold: true }));
  }
  const saved = mrpSavings(s);
  if (saved > 0) blocks.push(text(`${t('saved')} Rs.${formatAmount(saved)} ${t('onMrp')}`, { align: 'center', bold: true }));
  return [...blocks, ...upiQr(s)];
}
