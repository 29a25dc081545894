import type { HostEvent } from './events';
import type { RequestEnvelope, ResponseEnvelope } from './wire';

/** What the Electron preload exposes as window.smartKirana: a generic pipe, nothing of the domain. */
export interface DesktopBridge {
  call(request: RequestEnvelope): Promise<ResponseEnvelope>;
  onEvent(listener: (event: HostEvent) => void): () => void;
}

export const BRIDGE_CHANNELS = { call: 'sk:call', event: 'sk:event' } as const;
