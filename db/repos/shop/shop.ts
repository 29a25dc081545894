import { CounterSettings, PoleDisplayConfig, PrinterConfig, ScannerSettings, ShopNumbering } from '../../../app/core/contract';
import { shop } from '../../schema';
import { cachedRead, once, type RepoContext } from '../context';
import type { Shop } from '../../../app/core/services/shop/ports';
import type { ShopRepo } from '../../../app/core/services/shop/ports';

// Hardware settings are JSON columns; the contract's schemas fill options added since they were saved.
const json = (v: unknown) => JSON.stringify(v);

export function createShopRepo({ orm, raw }: RepoContext): ShopRepo {
  const select = once(() => orm.select().from(shop).prepare());
  const read = (): Shop | undefined => {
    const row = select().get();
    if (!row) return undefined;
    const { createdAt: _c, printer, poleDisplay, scanner, numbering, counter, ...rest } = row;
    return {
      ...rest,
      numbering: ShopNumbering.parse(JSON.parse(numbering)),
      printer: PrinterConfig.parse(JSON.parse(printer)),
      poleDisplay: PoleDisplayConfig.parse(JSON.parse(poleDisplay)),
      scanner: ScannerSettings.parse(JSON.parse(scanner)),
      counter: CounterSettings.parse(JSON.parse(counter)),
    };
  };
  // Read by every priced cart and posted bill, changed a few times a year: kept, not parsed each time.
  const kept = cachedRead(raw, read);
  const find = () => kept.get();
  return {
    find,
    get() {
      const s = find();
      if (!s) throw new Error('The shop file has no shop row; it was not set up');
      return s;
    },
    create: ({ printer, poleDisplay, scanner, numbering, counter, ...rest }) => {
      orm
        .insert(shop)
        .values({ ...rest, printer: json(printer), poleDisplay: json(poleDisplay), scanner: json(scanner), numbering: json(numbering), counter: json(counter) })
        .run();
      kept.forget();
    },
    update(patch) {
      const { printer, poleDisplay, scanner, numbering, counter, ...rest } = patch;
      orm
        .update(shop)
        .set({
          ...rest,
          ...(printer ? { printer: json(printer) } : {}),
          ...(poleDisplay ? { poleDisplay: json(poleDisplay) } : {}),
          ...(scanner ? { scanner: json(scanner) } : {}),
          ...(numbering ? { numbering: json(numbering) } : {}),
          ...(counter ? { counter: json(counter) } : {}),
        })
        .run();
      kept.forget();
    },
  };
}
