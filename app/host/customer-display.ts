import { showOnPole } from '../../printers/pole/send';
import type { EventBus } from './event-bus';
import type { CustomerDisplay } from '../core/services/display/ports';
import type { Shop } from '../core/services/shop/ports';

type State = ReturnType<CustomerDisplay['current']> & {};

/**
 * The counter's open bill for the customer: pushed to every screen as a host event (a second
 * window or tablet on #/display picks the counter it follows) and, when one is set up, written
 * to a pole display. Pole updates never queue up: while one is being written only the newest
 * state waits, and a pole that fails is logged, never thrown at the counter.
 */
export function createCustomerDisplay(events: EventBus, shop: () => Shop, log: (m: string, e?: unknown) => void): CustomerDisplay & { idle(): Promise<void> } {
  const latest = new Map<string, State>();
  let writing: Promise<void> | null = null;
  let next: State | null = null;

  const writePole = async (state: State) => {
    const pole = shop().poleDisplay;
    if (pole.kind === 'none') return;
    const last = state.lines.at(-1);
    await showOnPole(pole, {
      stage: state.stage,
      shopName: state.shopName,
      lastLine: last ? { name: last.name, amountPaise: last.amountPaise } : null,
      payablePaise: state.payablePaise,
      upiAmountPaise: state.upi?.amountPaise ?? 0,
      changePaise: state.changePaise,
    }).catch((e: unknown) => log('pole display did not take the update', e));
  };
  const pump = () => {
    if (writing || !next) return;
    const state = next;
    next = null;
    writing = writePole(state).finally(() => {
      writing = null;
      pump();
    });
  };

  return {
    show(state) {
      latest.set(state.deviceCode, state);
      events.publish({ event: 'display.update', payload: state });
      next = state;
      pump();
    },
    current(deviceCode) {
      if (deviceCode) return latest.get(deviceCode) ?? null;
      return [...latest.values()].sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
    },
    async idle() {
      while (writing) await writing;
    },
  };
}
