import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';

/**
 * Throwaway PostgreSQL and Redis servers for the sync tests and the relay benchmark: each in its
 * own temp folder, on a free loopback port, stopped and deleted afterwards. They are real
 * servers from Debian's packages (.ci/install puts them there); when they are missing this
 * throws, so the tests fail rather than skip.
 */
export interface Throwaway {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function postgresBin(): string {
  const candidates = process.env.PG_BIN ? [process.env.PG_BIN] : [];
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')));
  if (!found) throw new Error('PostgreSQL server binaries not found (initdb under /usr/lib/postgresql/*/bin, or set PG_BIN): run .ci/install');
  return found;
}

/** PostgreSQL refuses to run as root: then the server runs as the `postgres` user (or `nobody`). */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name]).toString().trim());
      const gid = Number(execFileSync('id', ['-g', name]).toString().trim());
      return { uid, gid };
    } catch {
      // try the next user
    }
  }
  throw new Error('running as root and no postgres or nobody user to run PostgreSQL as');
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function until<T>(what: string, attempt: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`${what}: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function startPostgres(): Promise<Throwaway> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'sk-pg-'));
  const data = join(dir, 'data');
  const user = serverUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], {
    ...asUser,
    stdio: 'pipe',
    cwd: dir,
  });
  for (let tries = 0; ; tries++) {
    const port = await freePort();
    const args = [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ];
    const server = spawn(join(bin, 'postgres'), args, { ...asUser, stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
    let log = '';
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    try {
      await until('PostgreSQL did not start', async () => {
        if (server.exitCode !== null) throw new Error(`exited: ${log.slice(-500)}`);
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.end();
      });
    } catch (e) {
      await stopChild(server, 'SIGKILL');
      if (tries < 2 && /could not bind|Address already in use/.test(log)) continue;
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
    return {
      url,
      stop: async () => {
        await stopChild(server, 'SIGINT');
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}

export async function startRedis(): Promise<Throwaway> {
  const dir = mkdtempSync(join(tmpdir(), 'sk-redis-'));
  for (let tries = 0; ; tries++) {
    const port = await freePort();
    let server: ChildProcess;
    try {
      server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      throw new Error(`redis-server could not start (run .ci/install): ${(e as Error).message}`);
    }
    let log = '';
    server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const spawnError = new Promise<never>((_, reject) =>
      server.once('error', (e) => reject(new Error(`redis-server not found (run .ci/install): ${e.message}`))),
    );
    spawnError.catch(() => undefined);
    const url = `redis://127.0.0.1:${port}`;
    try {
      await Promise.race([
        spawnError,
        until('Redis did not start', async () => {
          if (server.exitCode !== null) throw new Error(`exited: ${log.slice(-500)}`);
          const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
          client.on('error', () => undefined);
          try {
            await client.connect();
            await client.ping();
          } finally {
            client.disconnect();
          }
        }),
      ]);
    } catch (e) {
      await stopChild(server, 'SIGKILL');
      if (tries < 2 && /Address already in use/.test(log)) continue;
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
    return {
      url,
      stop: async () => {
        await stopChild(server, 'SIGTERM');
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}
