import type { z } from 'zod';
import type { CounterProduct } from '../../../core/contract';
import { catalogQueries } from '../api/catalog';
import { useFetch } from '../api/method';
import { SearchBox } from './SearchBox';

export type PickedProduct = z.output<typeof CounterProduct> & { scanQtyMilli?: number | null };

/** What a typed line keeps of the product picked for it: which one, its name and its unit. */
export const pickedItem = (p: PickedProduct) => ({ productId: p.id, name: p.name, unit: p.unit });

/** The counter's search box (any spelling, or a scan) for picking one product on a back-office screen. */
export function ProductPicker({ onPick, inputRef }: { onPick: (p: PickedProduct) => void; inputRef?: React.Ref<HTMLInputElement> }) {
  const read = useFetch();
  return (
    <SearchBox
      ref={inputRef}
      onPick={onPick}
      onBarcode={(barcode) =>
        void read(catalogQueries.byBarcode(barcode, true, true)).then(
          (p) => onPick({ ...p, scanQtyMilli: p.scan.qtyMilli }),
          () => undefined,
        )
      }
    />
  );
}
