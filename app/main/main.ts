import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIDGE_CHANNELS, type RequestEnvelope } from '../core/contract';
import { createHost, type Host } from '../host/create-host';
import { lanAddress } from '../host/documents';
import { installLastResort } from '../host/last-resort';
import { shopFile } from '../host/paths';
import { ShopFileProblem } from '../host/start-checks';
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

  installLastResort({ log: (message, error) => console.error(message, error ?? '') });
  void app.whenReady().then(async () => {
    let host: Host;
    try {
      host = createHost({ dbFile: shopFile(app.getPath('userData')), backups: {}, offload: true, setup: 'none', nightlyForecast: true });
    } catch (e) {
      // A damaged or missing shop file: say what was found and which backup to restore, and open nothing.
      if (e instanceof ShopFileProblem) {
        dialog.showErrorBox('SmartKirana cannot open the shop file', e.message);
        app.exit(2);
        return;
      }
      throw e;
    }
    ipcMain.handle(BRIDGE_CHANNELS.call, (_e, request: RequestEnvelope) => host.dispatch(request));
    // Every window hears the host: the counter, and the customer display on a second monitor.
    host.events.subscribe((event) => {
      for (const w of BrowserWindow.getAllWindows()) w.webContents.send(BRIDGE_CHANNELS.event, event);
    });
    // The tablet and phone on the shop's Wi-Fi use the same API over HTTP when the owner turns it on.
    if (process.argv.includes('--lan')) {
      const http = await startHttpServer(host, {
        port: 4747,
        hostname: '0.0.0.0',
        staticDir: join(here, '../renderer'),
        allowedHosts: host.settings.allowedHosts,
      });
      const lan = lanAddress();
      host.setLanBaseUrl(lan ? `http://${lan}:${http.port}` : null);
    }
    const webPreferences = { preload: join(here, 'preload.cjs'), contextIsolation: true, sandbox: true, nodeIntegration: false };

    window = new BrowserWindow({
      width: 1366,
      height: 768,
      title: 'SmartKirana',
      webPreferences,
    });
    window.setMenuBarVisibility(false);
    // The counter opens the customer display as a second window; WhatsApp links go to the browser.
    window.webContents.setWindowOpenHandler(({ url }) => {
      if (url.includes('#/display'))
        return { action: 'allow', overrideBrowserWindowOptions: { title: 'SmartKirana — customer display', autoHideMenuBar: true, webPreferences } };
      if (url.startsWith('https://wa.me/')) void shell.openExternal(url);
      return { action: 'deny' };
    });
    await window.loadFile(join(here, '../renderer/index.html'));

    app.on('before-quit', () => host.close());
  });
  app.on('window-all-closed', () => app.quit());
}
