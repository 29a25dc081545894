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
