import type { z } from 'zod';
import type { ShopView } from '../../app/core/contract';
import type { OrderView } from '../../app/core/contract/areas/orders';
import { formatAmount, formatDateTime } from '../../app/core/format';
import { edges, text, type ReceiptBlock } from './blocks';
import { finish, paragraph, type ReceiptStyle } from './layout';

export interface PackingSlip {
  shop: z.output<typeof ShopView>;
  order: OrderView;
  /** the slot's words as the shop wrote them (Settings → Web shop), when the order names one */
  slotLabel: string | null;
}

const WORDS = {
  en: {
    title: 'PACKING SLIP',
    order: 'Order',
    placed: 'Placed',
    customer: 'Customer',
    delivery: 'DELIVERY',
    pickup: 'PICKUP AT SHOP',
    slot: 'Slot',
    item: 'Item',
    qty: 'Qty',
    items: 'Items',
    fee: 'Delivery fee',
    total: 'Order total',
    upi: 'Paid/paying by UPI',
    cod: 'COLLECT CASH',
    packedBy: 'Packed by ______  Checked ______',
  },
  hi: {
    title: 'पैकिंग पर्ची',
    order: 'ऑर्डर',
    placed: 'समय',
    customer: 'ग्राहक',
    delivery: 'होम डिलीवरी',
    pickup: 'दुकान से ले जाएँगे',
    slot: 'समय-स्लॉट',
    item: 'सामान',
    qty: 'मात्रा',
    items: 'कुल सामान',
    fee: 'डिलीवरी शुल्क',
    total: 'ऑर्डर की रकम',
    upi: 'UPI से भुगतान',
    cod: 'नकद लेना है',
    packedBy: 'पैक किया ______  जाँचा ______',
  },
} as const;

/**
 * A web order's packing slip on the counter's receipt printer: who and where (the address and
 * slot in large type for the delivery boy), each line with a tick box and its count, what to
 * collect on delivery. Prices are the order's, not a bill's: the bill is made when the order is billed.
 */
export function packingSlipBlocks(slip: PackingSlip, style: ReceiptStyle): ReceiptBlock[] {
  const { shop, order, slotLabel } = slip;
  const lang = style.hindi === 'receipt' ? 'hi' : 'en';
  const w = WORDS[lang];
  const s = { style };
  const center = { align: 'center' } as const;
  const blocks: ReceiptBlock[] = [];
  if (shop.demo) blocks.push(text('*** DEMO ***', { ...center, bold: true }));
  blocks.push(text(shop.name, { ...center, bold: true }), text(w.title, { ...center, bold: true, size: 'double' }));
  blocks.push(edges(`${w.order} ${order.number}`, formatDateTime(order.createdAt), { bold: true }));
  blocks.push({ kind: 'rule' });
  blocks.push(text(order.fulfilment === 'delivery' ? w.delivery : w.pickup, { bold: true, size: 'double' }));
  blocks.push(...paragraph(`${w.customer}: ${order.name} (${order.phone})`, s));
  if (order.fulfilment === 'delivery') {
    blocks.push(...paragraph(order.address, s, { bold: true }));
    if (slotLabel) blocks.push(...paragraph(`${w.slot}: ${slotLabel}`, s));
  }
  blocks.push({ kind: 'rule' }, edges(w.item, w.qty, { bold: true }), { kind: 'rule' });
  let count = 0;
  for (const line of order.lines) {
    count += line.qty;
    const name = lang === 'hi' && line.nameHi ? line.nameHi : line.name;
    blocks.push(edges(`[ ] ${name}`.slice(0, style.width - 6), `x ${line.qty}`, { bold: true }));
  }
  blocks.push({ kind: 'rule' }, edges(w.items, String(count)));
  if (order.feePaise) blocks.push(edges(w.fee, formatAmount(order.feePaise)));
  blocks.push(edges(w.total, `Rs.${formatAmount(order.totalPaise)}`, { bold: true }));
  blocks.push(
    text(order.payment === 'cod' ? `${w.cod}: Rs.${formatAmount(order.totalPaise)}` : w.upi, {
      bold: true,
      size: order.payment === 'cod' ? 'double' : 'normal',
    }),
  );
  blocks.push({ kind: 'feed', lines: 1 }, text(w.packedBy), { kind: 'barcode', type: 'CODE128', data: order.number });
  return [...blocks, ...finish(style)];
}
