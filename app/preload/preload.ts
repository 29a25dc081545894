import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopBridge } from '../core/contract/bridge';
import type { HostEvent } from '../core/contract/events';

// Kept in step with BRIDGE_CHANNELS in app/core/contract/bridge.ts (a sandboxed preload imports nothing but electron).
const CALL = 'sk:call';
const EVENT = 'sk:event';

const bridge: DesktopBridge = {
  call: (request) => ipcRenderer.invoke(CALL, request),
  onEvent(listener) {
    const relay = (_e: IpcRendererEvent, event: HostEvent) => listener(event);
    ipcRenderer.on(EVENT, relay);
    return () => ipcRenderer.off(EVENT, relay);
  },
};

contextBridge.exposeInMainWorld('smartKirana', bridge);
