import type { z } from 'zod';
import type { ShopView } from '../../contract';

/** The repositories this area owns in the Store (db/repos/shop). */
export interface ShopStore {
  shop: ShopRepo;
}

export type Shop = z.output<typeof ShopView>;

export interface ShopRepo {
  /** undefined until the shop is set up */
  find(): Shop | undefined;
  get(): Shop;
  create(shop: Shop & { createdAt: string }): void;
  update(patch: Partial<Omit<Shop, 'id'>>): void;
}

/** The shop file itself, which only the host can swap (app/host/demo). */
export interface ShopFiles {
  /** the demo shop with its catalogue, stock, suppliers, customers and users, in one transaction */
  seedDemo(): void;
  /** the demo catalogue and its opening stock, for a real shop that starts from it */
  seedDemoCatalogue(): void;
  /** puts the demo shop's file aside whole and opens a new, empty shop file */
  leaveDemo(): Promise<void>;
}
