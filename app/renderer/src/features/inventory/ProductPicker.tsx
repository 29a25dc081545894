import { useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CounterProduct } from '../../../../core/contract';
import { methodQuery } from '../../api/queries';
import { errorText } from '../../ui/errors';
import { useToast } from '../../ui/Toasts';
import { SearchBox } from '../counter/SearchBox';

type Picked = z.output<typeof CounterProduct> & { scanQtyMilli?: number | null };

/** The counter's search box (any spelling, or a scan) for picking one product on a back-office screen. */
export function ProductPicker({ onPick, inputRef }: { onPick: (p: Picked) => void; inputRef?: React.Ref<HTMLInputElement> }) {
  const client = useQueryClient();
  const toast = useToast();
  return (
    <SearchBox
      ref={inputRef}
      onPick={onPick}
      onBarcode={(barcode) =>
        void client
          .fetchQuery(methodQuery('catalog.byBarcode', { barcode }))
          .then((p) => onPick({ ...p, scanQtyMilli: p.scan.qtyMilli }))
          .catch((e: unknown) => toast('error', errorText(e)))
      }
    />
  );
}
