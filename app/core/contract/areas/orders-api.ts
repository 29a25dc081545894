import { z } from 'zod';
import { method } from '../define';
import { Id } from '../schemas';
import { OrderView, WebShopSettings } from './orders';

/** Where customers open the catalog: the cloud relay's address (anywhere) and the shop's Wi-Fi address (inside the shop only). */
export const CatalogLinks = z.object({
  relay: z
    .object({
      url: z.string().nullable().describe('the relay’s `/<slug>` address, or null until the catalog is first published there'),
      reachable: z.boolean().describe('false while the counter cannot reach the relay'),
    })
    .nullable()
    .describe('null when no cloud relay is set (Settings → Devices → Cloud relay)'),
  lan: z.string().nullable().describe('the catalog on the shop’s Wi-Fi, when the host knows its LAN address'),
});
export type CatalogLinks = z.infer<typeof CatalogLinks>;

const MOVES = ['accepted', 'packed', 'out', 'ready', 'delivered', 'collected', 'cancelled'] as const;

/** The counter's side of the web catalog: the orders inbox and Settings → Web shop. */
export const ordersApi = {
  'orders.list': method({
    summary: 'Orders from the web catalog: those still to act on (placed, accepted, packed, out, ready), or the latest of every status; newest first.',
    access: 'staff',
    params: z.object({ which: z.enum(['open', 'all']).default('open'), limit: z.int().min(1).max(500).default(200) }),
    result: z.array(OrderView),
    errors: [],
    example: { which: 'open' },
    reads: ['orders'],
  }),
  'orders.move': method({
    summary:
      'Moves a web order on: accept (holds its stock from the catalog and other orders), packed, out for delivery or ready, delivered or collected; or cancel with a reason (the held stock is free again).',
    access: 'staff',
    params: z.object({ id: Id, to: z.enum(MOVES), reason: z.string().trim().max(120).optional() }),
    result: OrderView,
    errors: ['NOT_FOUND', 'INVALID_INPUT', 'INSUFFICIENT_STOCK'],
    example: { id: 'word-0001', to: 'accepted' },
    changes: ['orders'],
  }),
  'orders.bill': method({
    summary:
      'Turns an accepted or packed web order into a counter bill, paid by UPI or cash as the customer chose. The price the customer saw is kept unless the counter’s price is lower or the owner confirms the change (counterPrices); never above MRP.',
    access: 'staff',
    params: z.object({
      id: Id,
      clientRef: z.string().min(8).max(64).describe('idempotency key for the bill'),
      counterPrices: z.boolean().default(false).describe('bill at today’s counter prices instead of the prices the customer saw (manager or owner)'),
    }),
    result: z.object({ order: OrderView, invoiceId: z.string(), invoiceNumber: z.string() }),
    errors: ['NOT_FOUND', 'INVALID_INPUT', 'INSUFFICIENT_STOCK', 'PRICE_ABOVE_MRP'],
    example: { id: 'word-0001', clientRef: 'web-order-bill-0001' },
    changes: ['orders', 'billing', 'inventory', 'accounting', 'gst', 'catalog'],
  }),
  'orders.printSlip': method({
    summary:
      'Prints a web order’s packing slip on the counter’s receipt printer: customer, address and slot, each line with a tick box, what to collect on delivery. The outcome is answered, never thrown.',
    access: 'staff',
    params: z.object({ id: Id }),
    result: z.object({ status: z.enum(['printed', 'failed', 'disabled']), error: z.string().nullable() }),
    errors: ['NOT_FOUND'],
    example: { id: 'word-0001' },
    reads: ['orders'],
  }),
  'orders.poster': method({
    summary: 'The shop-wall poster as an A4 PDF: the shop’s name, a QR of the catalog’s address, what customers can do there; in English or Hindi.',
    access: 'staff',
    params: z.object({ lang: z.enum(['en', 'hi']), url: z.url({ protocol: /^https?$/ }).max(200) }),
    result: z.object({ fileName: z.string(), contentType: z.literal('application/pdf'), base64: z.string() }),
    errors: [],
    example: { lang: 'hi', url: 'http://192.168.1.20:4747/shop/' },
    reads: ['shop', 'orders'],
  }),
  'orders.links': method({
    summary:
      'The catalog’s addresses to share: on the cloud relay (anywhere, once published under the shop’s slug) and on the shop’s Wi-Fi (inside the shop only).',
    access: 'staff',
    params: z.object({}),
    result: CatalogLinks,
    errors: [],
    example: {},
    reads: ['orders', 'shop'],
  }),
  'orders.settings': method({
    summary: 'Settings → Web shop: hours, delivery area, pickup and delivery, slots, minimum order, delivery fee, cash on delivery.',
    access: 'staff',
    params: z.object({}),
    result: WebShopSettings,
    errors: [],
    example: {},
    reads: ['orders'],
  }),
  'orders.saveSettings': method({
    summary: 'Saves Settings → Web shop; the catalog shows it at once.',
    access: 'owner',
    params: WebShopSettings,
    result: WebShopSettings,
    errors: ['INVALID_INPUT'],
    example: {
      hours: '8:00–21:00',
      deliveryArea: 'Within 3 km',
      slots: [{ id: 'eve', label: 'Today 5–7 pm', labelHi: 'आज शाम 5–7' }],
      minOrderPaise: 10000,
      deliveryFeePaise: 2000,
    },
    changes: ['orders', 'shop'],
  }),
};
