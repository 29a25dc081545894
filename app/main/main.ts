import { app, BrowserWindow, ipcMain } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIDGE_CHANNELS, type RequestEnvelope } from '../core/contract';
import { createHost } from '../host/create-host';
import { shopFile } from '../host/paths';
import { startHttpServer } from '../host/transports/http';

/**
 * Electron main: one window, one instance, the host in this process. It only relays: requests
 * from the preload go to the host's dispatcher, host events go back to the window.
 */
const here = dirname(fileURLToPath(import.meta.url));

if (!app.requestSingleInstanceLock()) app.quit();
else {
  let window: BrowserWindow | null = null;
  app.on('second-instance', () => window?.focus());

  void app.whenReady().then(async () => {
    const host = createHost({ dbFile: shopFile(app.getPath('userData')) });
    ipcMain.handle(BRIDGE_CHANNELS.call, (_e, request: RequestEnvelope) => host.dispatch(request));
    host.events.subscribe((event) => window?.webContents.send(BRIDGE_CHANNELS.event, event));
    // The tablet and phone on the shop's Wi-Fi use the same API over HTTP when the owner turns it on.
    if (process.argv.includes('--lan')) await startHttpServer(host, { port: 4747, hostname: '0.0.0.0', staticDir: join(here, '../renderer') });

    window = new BrowserWindow({
      width: 1366,
      height: 768,
      title: 'SmartKirana',
      webPreferences: { preload: join(here, 'preload.cjs'), contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    window.setMenuBarVisibility(false);
    await window.loadFile(join(here, '../renderer/index.html'));

    app.on('before-quit', () => host.close());
  });
  app.on('window-all-closed', () => app.quit());
}
