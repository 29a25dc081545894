import type * as Y from 'yjs';
import {
  CatalogEntry,
  CatalogMeta,
  CommandOutcome,
  DuesEntry,
  ExpiringLotEntry,
  OutboxCommand,
  StockEntry,
  SYNC_KEYS,
  TodayFigures,
} from '../../../../core/contract';
import type { z } from 'zod';

/**
 * What the device reads from its local copies. Every value came over the network (or from the
 * browser's store) and is checked: an entry that does not fit its shape is left out, never shown.
 */

export interface CatalogCopy {
  products: Map<string, CatalogEntry>;
  byBarcode: Map<string, CatalogEntry>;
  meta: z.output<typeof CatalogMeta> | null;
}

export interface StaffCopy {
  stock: Map<string, z.output<typeof StockEntry>>;
  dues: Map<string, z.output<typeof DuesEntry>>;
  /** keyed by the shop's date, YYYY-MM-DD: today and the days before (the phone compares with last week) */
  days: Map<string, z.output<typeof TodayFigures>>;
  outcomes: Map<string, CommandOutcome>;
  expiring: Map<string, ExpiringLotEntry>;
}

function entries<S extends z.ZodType>(map: Y.Map<unknown>, shape: S): Map<string, z.output<S>> {
  const out = new Map<string, z.output<S>>();
  map.forEach((value, key) => {
    const parsed = shape.safeParse(value);
    if (parsed.success) out.set(key, parsed.data);
  });
  return out;
}

export function readCatalog(doc: Y.Doc): CatalogCopy {
  const products = entries(doc.getMap(SYNC_KEYS.catalog.products), CatalogEntry);
  const byBarcode = new Map<string, CatalogEntry>();
  for (const product of products.values()) for (const code of product.barcodes) byBarcode.set(code, product);
  const meta = CatalogMeta.safeParse(doc.getMap(SYNC_KEYS.catalog.meta).toJSON());
  return { products, byBarcode, meta: meta.success ? meta.data : null };
}

export function readStaff(doc: Y.Doc): StaffCopy {
  const k = SYNC_KEYS.staff;
  return {
    stock: entries(doc.getMap(k.stock), StockEntry),
    dues: entries(doc.getMap(k.dues), DuesEntry),
    days: entries(doc.getMap(k.today), TodayFigures),
    outcomes: entries(doc.getMap(k.outcomes), CommandOutcome),
    expiring: entries(doc.getMap(k.expiring), ExpiringLotEntry),
  };
}

export function readOutbox(doc: Y.Doc): OutboxCommand[] {
  const out: OutboxCommand[] = [];
  for (const value of doc.getArray(SYNC_KEYS.outbox.commands).toArray()) {
    const parsed = OutboxCommand.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export function appendCommand(doc: Y.Doc, command: OutboxCommand) {
  doc.transact(() => doc.getArray(SYNC_KEYS.outbox.commands).push([command]));
}
