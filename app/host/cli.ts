import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHost, type Host } from './create-host';
import { lanAddress } from './documents';
import { DEMO_PINS } from './demo/demo-shop';
import { installLastResort } from './last-resort';
import { shopFile, userDataDir } from './paths';
import { ShopFileProblem } from './start-checks';
import { syncWhenReady } from './sync/when-ready';
import { startHttpServer } from './transports/http';
import { CA_CERT_PATH, ensureShopTls, lanNames } from './tls/shop-tls';

/**
 * The headless host: the same app as the desktop window, served at http://localhost:PORT for any
 * browser on this PC (or, with --lan, the shop's tablet and phone).
 *   --allow-host <name>    another name the host answers to (repeatable; also host-settings.json)
 *   --allow-origin <url>   a page origin allowed to call the API (the Vite dev server)
 *   --lan                  serve the shop's Wi-Fi over HTTPS with the shop's own certificate (tls/)
 *   --plain-http           with --lan, plain HTTP instead (PINs and tokens then cross the Wi-Fi readable)
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4747' },
    lan: { type: 'boolean', default: false },
    'plain-http': { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    'static-dir': { type: 'string' },
    'allow-host': { type: 'string', multiple: true, default: [] },
    'allow-origin': { type: 'string', multiple: true, default: [] },
  },
});

const log = (message: string, error?: unknown) => console.error(message, error ?? '');
installLastResort({ log });

const started = performance.now();
const here = dirname(fileURLToPath(import.meta.url));
const staticDir = values['static-dir'] ?? [join(here, '../renderer'), join(here, '../../dist/renderer')].find((d) => existsSync(join(d, 'index.html')));
const dataDir = values['data-dir'] ?? userDataDir();
const dbFile = shopFile(dataDir);

let host: Host;
try {
  host = createHost({ dbFile, dataDir, log, backups: {}, offload: true, setup: 'none', nightlyForecast: true });
} catch (e) {
  // What was found and what to do about it, for the person at the PC: no stack trace.
  if (e instanceof ShopFileProblem) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
// Tablets and phones sync through the relay on the same port (/sync/…), from the shop file.
const sync = syncWhenReady(host, { log });
// PINs, session tokens and the books cross the Wi-Fi: HTTPS with the shop's own CA (docs/security.md).
const tls = values.lan && !values['plain-http'] ? ensureShopTls(dataDir, lanNames(), host.store.shop.find()?.name ?? 'shop') : null;
const http = await startHttpServer(host, {
  sync,
  port: Number(values.port),
  hostname: values.lan ? '0.0.0.0' : '127.0.0.1',
  allowedHosts: [...host.settings.allowedHosts, ...values['allow-host']],
  allowedOrigins: values['allow-origin'],
  log,
  ...(staticDir ? { staticDir } : {}),
  ...(tls ? { tls } : {}),
});

// Invoice links sent on WhatsApp must carry an address the customer's phone on the shop's Wi-Fi can open.
const lan = values.lan ? lanAddress() : null;
const lanUrl = lan ? `${tls ? 'https' : 'http'}://${lan}:${http.port}` : null;
host.setLanBaseUrl(lanUrl);
if (tls && lanUrl) {
  host.setPairing({ url: lanUrl, caFingerprint: tls.caFingerprint, caCertUrl: `${lanUrl}${CA_CERT_PATH}` });
  console.log(`Tablets and phones: ${lanUrl} — the shop's certificate fingerprint (SHA-256) is ${tls.caFingerprint}`);
} else if (values.lan) console.log('Warning: --plain-http: PINs and session tokens cross the Wi-Fi readable by anyone on it.');

console.log(`SmartKirana is ready at ${http.url}  (shop file: ${dbFile}; started in ${Math.round(performance.now() - started)} ms)`);
if (host.startup.quickCheckMs !== null) console.log(`The shop file passed SQLite's quick check (${Math.round(host.startup.quickCheckMs)} ms).`);
if (host.startup.firstRun)
  console.log(
    `A new install: open the screens to set up your shop or try the demo shop (demo PINs: owner ${DEMO_PINS.owner}, manager ${DEMO_PINS.manager}, staff ${DEMO_PINS.staff}).`,
  );
if (!staticDir) console.log('The screens are not built yet: run `npm run build` (npm start does it for you).');

const stop = async () => {
  await http.close();
  await sync.close();
  await host.printsIdle();
  await host.backups.idle();
  host.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
