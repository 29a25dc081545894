import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import type { ParamsIn } from '../../../../core/contract';
import type { QuoteView } from '../../../../core/contract/areas/billing';
import { parseRupees } from '../../../../core/format';
import { usePublishDisplayMutation } from '../../api/display';
import type { CartItem } from './cart-state';
import type { TenderInputs } from './tenders';

/**
 * The counter tells the customer display what it shows, a moment after it changes (a burst of
 * scans is one update). A display that is not there costs nothing; a failed update is dropped:
 * the next change sends the whole state again.
 */
function usePublishDisplay(params: ParamsIn<'display.publish'>) {
  const key = JSON.stringify(params);
  const sent = useRef('');
  const latest = useRef(params);
  latest.current = params;
  const { mutate: publish } = usePublishDisplayMutation({ meta: { showError: false } });
  useEffect(() => {
    if (key === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = key;
      publish(latest.current, {
        onError: () => {
          sent.current = '';
        },
      });
    }, 120);
    return () => clearTimeout(timer);
  }, [key, publish]);
}

/**
 * What the counter's customer display shows: the lines and total while billing; at payment the
 * UPI amount (what was typed for UPI, or the whole bill while nothing else was typed); after
 * the bill, the change, until the next item is scanned.
 */
export function useCounterDisplay(
  items: readonly CartItem[],
  quote: z.output<typeof QuoteView> | undefined,
  inputs: TenderInputs,
  paying: boolean,
  done: { payablePaise: number; changePaise: number } | null,
) {
  const payable = quote?.totals.payablePaise ?? 0;
  const typedUpi = parseRupees(inputs.upi) ?? 0;
  const otherTyped = [inputs.cash, inputs.card, inputs.credit].some((v) => v.trim() !== '');
  const stage = items.length === 0 ? (done ? 'done' : 'idle') : paying || typedUpi > 0 || otherTyped ? 'payment' : 'cart';
  usePublishDisplay({
    stage,
    // What the shelf price says (after discounts), not the taxable + tax sum that can be a paisa off.
    lines: items.map((it, i) => {
      const q = quote?.lines[i];
      return {
        name: it.product.name,
        nameHi: it.product.nameHi,
        qtyMilli: it.qtyMilli,
        unit: it.product.unit,
        amountPaise: q ? q.amountPaise - q.discountPaise - q.billDiscountPaise : 0,
      };
    }),
    payablePaise: stage === 'done' ? (done?.payablePaise ?? 0) : payable,
    upiAmountPaise: stage === 'payment' ? (typedUpi > 0 ? typedUpi : otherTyped ? 0 : payable) : 0,
    changePaise: stage === 'done' ? (done?.changePaise ?? 0) : 0,
  });
}
