import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { catalogQueries } from '../../api/catalog';
import { useFetch } from '../../api/method';
import { errorCode } from '../../ui/errors';
import type { Product } from './cart-state';

/**
 * A scanned or typed code to a cart line. The whole catalogue's barcodes are kept on screen, so a
 * scan adds its line at once; a code the index does not know (new, a weighing-scale label, a
 * pack) is asked of the host, and a code no product has opens the add-product path.
 */
export function useBarcodeLookup(on: { product: (p: Product) => void; counted: (p: Product, qtyMilli: number) => void; unknown: (barcode: string) => void }) {
  const index = useQuery(catalogQueries.counterIndex());
  const byBarcode = useMemo(() => new Map((index.data ?? []).flatMap((p) => p.barcodes.map((b) => [b, p] as const))), [index.data]);
  const read = useFetch();
  return async (barcode: string) => {
    const known = byBarcode.get(barcode);
    if (known) return on.product(known);
    try {
      // A pack barcode or a weighing-scale label says its quantity; a plain loose item asks for the weight.
      const found = await read(catalogQueries.byBarcode(barcode, (e) => errorCode(e) !== 'UNKNOWN_BARCODE'));
      if (found.scan.qtyMilli !== null) on.counted(found, found.scan.qtyMilli);
      else on.product(found);
    } catch (e) {
      if (errorCode(e) === 'UNKNOWN_BARCODE') on.unknown(barcode);
    }
  };
}
