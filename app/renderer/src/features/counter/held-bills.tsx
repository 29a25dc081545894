import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { formatInr, formatTime } from '../../../../core/format';
import { billingQueries, useHoldBillMutation, useResumeHeldMutation } from '../../api/billing';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import type { CartAction, CounterState, OpenBill } from './cart-state';

const RETRY_MS = 5000;

function heldParams(bill: OpenBill) {
  return {
    clientRef: bill.clientRef,
    items: bill.items.map(({ product, qtyMilli, unitPricePaise, discountPaise }) => ({
      product: {
        id: product.id,
        name: product.name,
        nameHi: product.nameHi,
        barcodes: product.barcodes,
        unit: product.unit,
        loose: product.loose,
        pricePaise: product.pricePaise,
        mrpPaise: product.mrpPaise,
      },
      qtyMilli,
      ...(unitPricePaise !== undefined ? { unitPricePaise } : {}),
      ...(discountPaise ? { discountPaise } : {}),
    })),
    customer: bill.customer,
    billDiscountPaise: bill.billDiscountPaise,
    openedAt: new Date(bill.openedAt).toISOString(),
    payablePaise: bill.payablePaise ?? 0,
  };
}

/**
 * Held bills live on the host, where every device of the shop sees them. A bill held while the
 * host is out of reach waits on this screen and goes as soon as the host answers.
 */
export function useHeldBills(state: CounterState, dispatch: (a: CartAction) => void) {
  const list = useQuery(billingQueries.heldBills());
  const hold = useHoldBillMutation({ meta: { showError: false } });
  const resume = useResumeHeldMutation();
  const [tick, setTick] = useState(0);
  const waiting = state.held[0];
  useEffect(() => {
    if (!waiting || hold.isPending) return;
    hold.mutate(heldParams(waiting), {
      onSuccess: () => dispatch({ type: 'sent', clientRef: waiting.clientRef }),
      onError: () => setTimeout(() => setTick((n) => n + 1), RETRY_MS),
    });
    // The next waiting bill goes once this one is answered (or after a pause when the host is away).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waiting?.clientRef, tick]);
  const take = (id: string, onTaken: () => void) =>
    resume.mutate(
      { id },
      {
        onSuccess: (bill) => {
          if (state.bill.items.length > 0) dispatch({ type: 'hold', payablePaise: state.bill.payablePaise ?? 0 });
          dispatch({ type: 'load', bill: { ...bill, openedAt: Date.parse(bill.openedAt), selected: 0 } });
          onTaken();
        },
      },
    );
  return { hostHeld: list.data ?? [], waiting: state.held, take, count: (list.data?.length ?? 0) + state.held.length };
}

/** F7: the shop's held bills (from every device), 1–9 to take one up here. */
export function HeldBillsDialog({
  held,
  onTake,
  onResumeWaiting,
  onClose,
}: {
  held: ReturnType<typeof useHeldBills>;
  onTake: (id: string) => void;
  onResumeWaiting: (index: number) => void;
  onClose: () => void;
}) {
  const { t } = useT();
  const rows = [
    ...held.waiting.map((b, i) => ({
      key: b.clientRef,
      pick: () => onResumeWaiting(i),
      text: `${b.items.length} ${t('items')} · ${b.customer?.name ?? t('walkIn')} · ${formatInr(b.payablePaise ?? 0)} · ${formatTime(b.openedAt)} · ${t('heldWaiting')}`,
    })),
    ...held.hostHeld.map((h) => ({
      key: h.id,
      pick: () => onTake(h.id),
      text: `${h.itemCount} ${t('items')} · ${h.customerName ?? t('walkIn')} · ${formatInr(h.payablePaise)} · ${formatTime(h.heldAt)} · ${h.userName} (${h.deviceCode})`,
    })),
  ];
  return (
    <Dialog title={t('resume')} onClose={onClose}>
      <ol
        className="pick-list"
        tabIndex={0}
        data-testid="held-list"
        onKeyDown={(e) => {
          const row = rows[Number(e.key) - 1];
          if (row && /^[1-9]$/.test(e.key)) {
            e.preventDefault();
            row.pick();
          }
        }}
      >
        {rows.map((r, i) => (
          <li key={r.key} onClick={r.pick}>
            <kbd>{i + 1}</kbd> {r.text}
          </li>
        ))}
        {rows.length === 0 && <li>—</li>}
      </ol>
    </Dialog>
  );
}
