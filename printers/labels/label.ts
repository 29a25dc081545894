import { hasValidCheckDigit } from '../../app/core/catalog/barcode';
import type { LabelItem, LabelLayout } from '../../app/core/catalog/label';
import { formatAmount } from '../../app/core/format';
import { edges, text, type ReceiptBlock } from '../receipt/blocks';

export type { LabelItem, LabelLayout };

/** EAN-13 where the code is one (13 digits, valid check digit); Code 128 for anything else. */
export function symbology(code: string): 'EAN13' | 'CODE128' {
  return /^\d{13}$/.test(code) && hasValidCheckDigit(code) ? 'EAN13' : 'CODE128';
}

export const priceText = (l: LabelItem) => `Rs.${formatAmount(l.pricePaise)}${l.unit ? `/${l.unit}` : ''}`;

/** Labels on a thermal roll: one after another, a dashed line between them, one cut at the end. */
export function labelBlocks(labels: readonly LabelItem[], layout: LabelLayout): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = [];
  labels.forEach((l, i) => {
    if (i > 0) blocks.push({ kind: 'rule', char: '-' });
    blocks.push(text(l.name, { bold: true, align: 'center' }));
    if (layout === 'shelf') {
      if (l.nameHi) blocks.push(text(l.nameHi, { align: 'center' }));
      blocks.push(text(priceText(l), { size: 'double', bold: true, align: 'center' }));
      if (l.mrpPaise !== null) blocks.push(edges(l.packSize, `MRP Rs.${formatAmount(l.mrpPaise)}`));
    } else blocks.push(edges(l.packSize, priceText(l)));
    blocks.push({ kind: 'barcode', type: symbology(l.barcode), data: l.barcode });
  });
  blocks.push({ kind: 'feed', lines: 2 }, { kind: 'cut', partial: true });
  return blocks;
}
