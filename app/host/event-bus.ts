import type { HostEvent } from '../core/contract';

export type Listener = (event: HostEvent) => void;

/** Fan-out of host events to every connected screen (WebSocket clients, the Electron window). */
export function createEventBus() {
  const listeners = new Set<Listener>();
  return {
    publish(event: HostEvent) {
      for (const l of listeners) {
        try {
          l(event);
        } catch (e) {
          console.error('[events] a listener failed', e);
        }
      }
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
