import pg from 'pg';
import type { RoomBus } from './bus';
import { readConfig } from './config';
import { createPostgresRegistry, createPostgresStore, preparePostgres } from './postgres';
import { createRedisBus } from './redis-bus';
import { createWebShopRoutes } from './web-shop/routes';
import { catalogPage } from './web-shop/page';
import { createPostgresWebShopStore, prepareWebShopTables } from './web-shop/store';
import { createRelay } from './relay';

/**
 * `npm run sync-server`: the standalone relay for many shops, on PostgreSQL (and Redis when more
 * than one process serves them). Settings come from the environment; a wrong one stops it before
 * it listens, with every problem listed. SIGTERM/SIGINT stop it gracefully.
 */
const SHUTDOWN_DEADLINE_MS = 20_000;

async function main(): Promise<void> {
  const read = readConfig(process.env);
  if (!read.ok) {
    console.error(`sync-server: cannot start, the settings are wrong:\n  ${read.problems.join('\n  ')}\nSee docs/sync.md (running the relay).`);
    process.exit(2);
  }
  const config = read.config;
  const log = (message: string) => console.error(`${new Date().toISOString()} ${message}`);

  const database = new pg.Pool({ connectionString: config.databaseUrl, max: 10, connectionTimeoutMillis: 15_000 });
  database.on('error', (e) => log(`[relay] postgres: ${e.message}`));
  try {
    await preparePostgres(database);
  } catch (e) {
    console.error(`sync-server: cannot reach PostgreSQL at DATABASE_URL: ${(e as Error).message}`);
    process.exit(1);
  }
  let bus: RoomBus | null = null;
  if (config.redisUrl) {
    const connecting = createRedisBus({ url: config.redisUrl, prefix: config.redisPrefix, log });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer in 5 s')), 5_000).unref());
    try {
      bus = await Promise.race([connecting, timeout]);
    } catch (e) {
      console.error(`sync-server: cannot reach Redis at REDIS_URL: ${(e as Error).message}`);
      process.exit(1);
    }
  }

  await prepareWebShopTables(database);
  const relay = await createRelay({
    store: createPostgresStore(database),
    registry: createPostgresRegistry(database),
    registrationSecret: config.registrationSecret,
    anonymousCatalog: config.anonymousCatalog,
    metricsToken: config.metricsToken,
    bus,
    pathPrefix: config.pathPrefix,
    port: config.port,
    host: config.host,
    limits: config.limits,
    log,
    requests: createWebShopRoutes({
      registry: createPostgresRegistry(database),
      store: createPostgresWebShopStore(database),
      reserved: [config.pathPrefix.split('/')[1] ?? '', 'shops', 'assets'],
      ...catalogPage(process.env.SYNC_WEB_DIR ?? 'dist/renderer'),
      log,
      bus,
    }),
  });
  log(`[relay] listening on ${relay.url} (${bus ? `Redis bus ${bus.processId}` : 'single process'})`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      log(`[relay] ${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    log(`[relay] ${signal}: closing clients, writing every document`);
    setTimeout(() => {
      log('[relay] shutdown took too long: exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    void (async () => {
      await relay.close();
      await bus?.close();
      await database.end();
      log('[relay] stopped');
      process.exit(0);
    })();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

process.on('uncaughtException', (e) => console.error('[relay] uncaught:', e));
process.on('unhandledRejection', (e) => console.error('[relay] unhandled rejection:', e));
void main();
