import type { HostEvent } from '../../../core/contract';

/**
 * Host events for any screen that wants them (the scanner test, the customer display, the
 * counter's serial scanner). App.tsx holds the one subscription to the host and fans out here.
 */
type Listener = (event: HostEvent) => void;
const listeners = new Set<Listener>();

export function emitHostEvent(event: HostEvent) {
  for (const l of listeners) l(event);
}

export function onHostEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
