import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const REGISTRATION_SECRET = 'the registration secret for these tests, 32+ chars';

/** `npm run sync-server` as a real child process (node + tsx, the same entry point). */
export interface RelayProcess {
  /** ws://127.0.0.1:<port> */
  url: string;
  http: string;
  port: number;
  child: ChildProcess;
  log: () => string;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `nodeArgs` go before the script (e.g. `--cpu-prof` to profile the relay). */
export async function startRelayProcess(env: Record<string, string>, port = 0, nodeArgs: string[] = []): Promise<RelayProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'sync-server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', SYNC_PORT: String(port), SYNC_REGISTRATION_SECRET: REGISTRATION_SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the relay did not start:\n${log}`)), 20_000);
    const check = () => {
      const match = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stderr?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the relay exited with ${code}:\n${log}`));
    });
  });
  return {
    url: `ws://127.0.0.1:${listening}`,
    http: `http://127.0.0.1:${listening}`,
    port: listening,
    child,
    log: () => log,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs the relay's entry point expecting it to refuse to start; resolves to its exit code and output. */
export function runRelayExpectingExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
