import type { Shop, ShopRepo } from '../../app/core/services/ports';
import { PrinterConfig } from '../../app/core/contract';
import { shop } from '../schema';
import { once, type RepoContext } from './context';

export function createShopRepo({ orm }: RepoContext): ShopRepo {
  // Read by every priced cart and posted bill: prepared once (see once()).
  const select = once(() => orm.select().from(shop).prepare());
  const find = (): Shop | undefined => {
    const row = select().get();
    if (!row) return undefined;
    const { createdAt: _c, printer, ...rest } = row;
    return { ...rest, printer: PrinterConfig.parse(JSON.parse(printer)) };
  };
  return {
    find,
    get() {
      const s = find();
      if (!s) throw new Error('The shop file has no shop row; it was not set up');
      return s;
    },
    create: ({ printer, ...rest }) => void orm.insert(shop).values({ ...rest, printer: JSON.stringify(printer) }).run(),
    update(patch) {
      const { printer, ...rest } = patch;
      orm.update(shop).set({ ...rest, ...(printer ? { printer: JSON.stringify(printer) } : {}) }).run();
    },
  };
}
