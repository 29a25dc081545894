import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * What the kill tests share: victims bundled as the app is built (esbuild, the migrations beside
 * them, as the packaged app finds them), run in a process of their own and killed with SIGKILL
 * at a moment the test picks from what the victim prints or from what the shop file shows.
 */
const ROOT = join(import.meta.dirname, '../../..');

export interface Victims {
  /** the bundled script of an entry */
  script(name: string): string;
  remove(): void;
}

/** Bundles `entries` (name → source file) into a fresh folder under .tmp. */
export async function bundleVictims(prefix: string, entries: Record<string, string>): Promise<Victims> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', prefix));
  await build({
    entryPoints: entries,
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  cpSync(join(ROOT, 'db/migrations'), join(dir, 'migrations'), { recursive: true });
  return { script: (name) => join(dir, `${name}.mjs`), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface VictimOptions {
  /** each whole line the victim prints, with what everything printed so far */
  onLine?: (line: string, kill: () => void) => void;
  /** looked at every `ms` while the victim runs (the shop file, from a connection of the test's own) */
  poll?: { ms: number; tick: (printed: string, kill: () => void) => void };
  /** handed the kill as soon as the victim is spawned, for a kill timed from the spawn */
  onSpawn?: (kill: () => void) => void;
  /** told once, at the first kill (the test's or the watchdog's), before the signal is sent */
  onKill?: () => void;
  /** killed anyway after this long: a victim that hangs fails its test instead of the run */
  watchdogMs: number;
}

export interface VictimEnd {
  printed: string;
  stderr: string;
  /** SIGKILL when the test (or the watchdog) killed it; null when it exited by itself */
  signal: NodeJS.Signals | null;
}

/** Runs a bundled victim until it is killed or exits; rejects only when it cannot be started. */
export function runVictim(script: string, args: readonly string[], options: VictimOptions): Promise<VictimEnd> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  let pending = '';
  let stderr = '';
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    options.onKill?.();
    child.kill('SIGKILL');
  };
  options.onSpawn?.(kill);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    printed += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine?.(line, kill);
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const poll = options.poll;
  const polling = poll ? setInterval(() => poll.tick(printed, kill), poll.ms) : undefined;
  const watchdog = setTimeout(kill, options.watchdogMs);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (_code, signal) => {
      clearInterval(polling);
      clearTimeout(watchdog);
      resolve({ printed, stderr, signal });
    });
  });
}
