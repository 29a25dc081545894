import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startHttpServer, type HttpServer } from '../../app/host/transports/http';
import { startHostSync, type HostSync } from '../../app/host/sync/host-sync';
import { startVirtualPrinter, type VirtualPrinter } from '../../printers/virtual/server';
import type { HostOptions } from '../../app/host/create-host';
import { demoUser, makeTestHost, type TestHost } from './test-host';

export const RENDERER_DIR = process.env.SMARTKIRANA_RENDERER_DIR ?? join(import.meta.dirname, '../../dist/renderer');

export interface ServedHost {
  host: TestHost;
  http: HttpServer;
  printer: VirtualPrinter;
  /** the embedded relay, when asked for (`{ sync: true }`), as `npm start` runs it */
  sync: HostSync | null;
  stop(): Promise<void>;
}

/**
 * The headless host as `npm start` runs it (built screens, HTTP on 127.0.0.1) with a virtual
 * receipt printer. With `registerDevicesOnLogin: false` browsers must be registered as in the app;
 * the set-up client (device "setup-owner") is then the shop's first device, registered with the
 * owner's PIN, and can make device codes for them.
 */
export async function serveTestHost(options: Partial<HostOptions> = {}, serve: { sync?: boolean } = {}): Promise<ServedHost> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('Build the screens first: npm run build');
  const host = makeTestHost({ clock: { now: () => new Date() } as never, ...options });
  const printer = await startVirtualPrinter();
  if (options.registerDevicesOnLogin === false) {
    const first = await demoUser(host, 'owner');
    await host.client().call('auth.registerDevice', { deviceId: 'setup-owner', name: 'Setup', userId: first.id, pin: first.pin });
  }
  const owner = await host.as('owner', 'setup-owner');
  await owner.call('shop.update', { printer: { kind: 'tcp', host: printer.host, port: printer.port, width: 48 } });
  const sync = serve.sync ? await startHostSync(host, { log: () => {} }) : null;
  const http = await startHttpServer(host, { port: 0, staticDir: RENDERER_DIR, ...(sync ? { sync } : {}) });
  return {
    host,
    http,
    printer,
    sync,
    async stop() {
      await http.close();
      await sync?.close();
      await host.printsIdle();
      await printer.close();
      host.dispose();
    },
  };
}
