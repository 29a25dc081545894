import type { DesktopBridge, HostEvent, HttpReply, RequestEnvelope, ResponseEnvelope } from '../../../core/contract';
import { API_PATH, DEVICE_HEADER, EVENTS_PATH, LANG_HEADER } from '../../../core/contract';

/** How the screens reach the host: Electron IPC through the preload, or HTTP + WebSocket. */
export interface Transport {
  send(request: RequestEnvelope): Promise<ResponseEnvelope>;
  /**
   * host events while `token` is a live session (`onEnded` when the host says it is not; `onLinked`
   * each time the link to the host opens, as events sent while it was down are lost); returns the unsubscribe
   */
  subscribe(token: string, device: string, listener: (event: HostEvent) => void, onEnded?: () => void, onLinked?: () => void): () => void;
}

declare global {
  interface Window {
    smartKirana?: DesktopBridge;
  }
}

function ipcTransport(bridge: DesktopBridge): Transport {
  return { send: (r) => bridge.call(r), subscribe: (_token, _device, listener) => bridge.onEvent(listener) };
}

function httpTransport(): Transport {
  return {
    async send(request) {
      try {
        const res = await fetch(`${API_PATH}${request.method}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
            // The language of the reply's words (errors, exports); the IPC envelope carries it as `lang`.
            ...(request.lang ? { [LANG_HEADER]: request.lang } : {}),
            // The device's own secret: the host refuses this session's token from any other browser.
            ...(request.device ? { [DEVICE_HEADER]: request.device } : {}),
          },
          body: JSON.stringify(request.params ?? {}),
        });
        const reply = (await res.json()) as HttpReply;
        return { id: request.id, ...reply };
      } catch {
        return { id: request.id, ok: false, error: { code: 'INTERNAL', message: 'Cannot reach the shop’s computer. Check that SmartKirana is running.' } };
      }
    },
    subscribe(token, device, listener, onEnded, onLinked) {
      let socket: WebSocket | undefined;
      let stopped = false;
      let retry = 500;
      const connect = () => {
        const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
        socket = new WebSocket(`${proto}//${location.host}${EVENTS_PATH}?token=${encodeURIComponent(token)}&device=${encodeURIComponent(device)}`);
        socket.onopen = () => {
          retry = 500;
          onLinked?.();
        };
        socket.onmessage = (m) => listener(JSON.parse(String(m.data)) as HostEvent);
        socket.onclose = (e) => {
          // 4400–4499: the host refused the session; anything else is a dropped link, so reconnect.
          if (!stopped && (e.code < 4400 || e.code > 4499)) setTimeout(connect, (retry = Math.min(retry * 2, 10_000)));
          else if (!stopped) onEnded?.();
        };
      };
      connect();
      return () => {
        stopped = true;
        socket?.close();
      };
    },
  };
}

export const transport: Transport = window.smartKirana ? ipcTransport(window.smartKirana) : httpTransport();
