import { describe, expect, it } from 'vitest';
import { readConfig } from '../../sync-server/config';
import { freePort } from './support/servers';
import { runRelayExpectingExit } from './support/relay-process';

const good = {
  DATABASE_URL: 'postgres://relay@127.0.0.1:5432/relay',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SYNC_REGISTRATION_SECRET: 'x'.repeat(32),
};

describe('the standalone relay’s settings', () => {
  it('reads the environment, with limits by name', () => {
    const read = readConfig({ ...good, SYNC_PORT: '9000', SYNC_LIMIT_MAX_MESSAGE_BYTES: '65536', SYNC_LIMIT_MAX_CONNECTIONS_PER_SHOP: '50' });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.config).toMatchObject({ port: 9000, host: '127.0.0.1', pathPrefix: '/', redisUrl: good.REDIS_URL, anonymousCatalog: true });
    expect(read.config.limits.maxMessageBytes).toBe(65536);
    expect(read.config.limits.maxConnectionsPerShop).toBe(50);
  });

  it.each([
    ['no database', { ...good, DATABASE_URL: undefined }, /DATABASE_URL is required/],
    ['a database that is not PostgreSQL', { ...good, DATABASE_URL: 'mysql://x' }, /DATABASE_URL: must be a postgres/],
    ['no Redis and no single-process promise', { ...good, REDIS_URL: undefined }, /REDIS_URL: required so that several relay processes/],
    ['a short registration secret', { ...good, SYNC_REGISTRATION_SECRET: 'short' }, /SYNC_REGISTRATION_SECRET: at least 32/],
    ['a limit that is not a number', { ...good, SYNC_LIMIT_MAX_MESSAGE_BYTES: 'lots' }, /SYNC_LIMIT_MAX_MESSAGE_BYTES: a positive whole number/],
    ['a port out of range', { ...good, SYNC_PORT: '70000' }, /SYNC_PORT/],
  ])('refuses %s', (_what, env, message) => {
    const read = readConfig(env);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.join('\n')).toMatch(message);
  });

  it('allows no Redis when told there is one process', () => {
    expect(readConfig({ ...good, REDIS_URL: undefined, SYNC_SINGLE_PROCESS: '1' }).ok).toBe(true);
  });
});

describe('`npm run sync-server` refuses to start when misconfigured', () => {
  it('lists every problem and exits 2 before listening', async () => {
    const { code, output } = await runRelayExpectingExit({ SYNC_REGISTRATION_SECRET: 'short' });
    expect(code).toBe(2);
    expect(output).toMatch(/cannot start, the settings are wrong/);
    expect(output).toMatch(/DATABASE_URL is required/);
    expect(output).toMatch(/SYNC_REGISTRATION_SECRET: at least 32/);
  });

  it('says so and exits 1 when PostgreSQL cannot be reached', async () => {
    const port = await freePort();
    const { code, output } = await runRelayExpectingExit({ ...good, DATABASE_URL: `postgres://relay@127.0.0.1:${port}/relay`, SYNC_SINGLE_PROCESS: '1' });
    expect(code).toBe(1);
    expect(output).toMatch(/cannot reach PostgreSQL/);
  });
});
