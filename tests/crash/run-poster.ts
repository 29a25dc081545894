import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Bundles poster.ts once (as scripts/build.mjs bundles the host), so each run starts with plain
 * `node` in a few hundred milliseconds. The bundle sits under the repo's .tmp/ so that its
 * external packages resolve from node_modules, with the migrations beside it as in dist/app.
 */
export async function bundlePoster(): Promise<{ script: string; cleanup(): void }> {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'crash-'));
  const script = join(dir, 'poster.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'poster.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  cpSync(join(ROOT, 'db/migrations'), join(dir, 'migrations'), { recursive: true });
  return { script, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** When to pull the plug: so many ms after the first acknowledged bill, after login, or after the spawn. */
export type KillPlan = { after: 'first-ack' | 'ready' | 'spawn'; ms: number };

export interface PosterRun {
  acked: Map<string, string>;
  /** the bill sent last whose acknowledgement never came (it may or may not have committed) */
  unanswered: string | undefined;
  /** whether the kill came before any bill of this run was acknowledged */
  killedBeforeFirstAck: boolean;
}

export interface PosterArgs {
  script: string;
  dbFile: string;
  runId: string;
  deviceId: string;
  retryRef: string | undefined;
  plan: KillPlan;
}

/** Starts the poster, SIGKILLs it as planned and reports what it acknowledged before dying. */
export function runAndKill(a: PosterArgs): Promise<PosterRun> {
  const args = [a.script, a.dbFile, a.runId, a.deviceId, ...(a.retryRef ? [a.retryRef] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const run: PosterRun = { acked: new Map(), unanswered: undefined, killedBeforeFirstAck: true };
  let pending = '';
  let stderr = '';
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    run.killedBeforeFirstAck = run.acked.size === 0;
    child.kill('SIGKILL');
  };
  const killIn = (ms: number) => setTimeout(kill, ms);
  if (a.plan.after === 'spawn') killIn(a.plan.ms);
  const watchdog = setTimeout(kill, 15_000); // a poster that never acknowledges fails below, not by hanging

  const onLine = (line: string) => {
    const [word, ref, number] = line.split(' ');
    if (word === 'READY' && a.plan.after === 'ready') killIn(a.plan.ms);
    if (word === 'POST') run.unanswered = ref;
    if (word === 'ACK' && ref && number) {
      if (run.acked.size === 0 && a.plan.after === 'first-ack') killIn(a.plan.ms);
      run.acked.set(ref, number);
      run.unanswered = undefined;
    }
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    // Lines are written whole with writeSync; a chunk may still hold several, or end mid-line.
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(onLine);
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(watchdog);
      if (signal !== 'SIGKILL' || !killed) reject(new Error(`poster ${a.runId} stopped by itself (code ${code}, signal ${signal}):\n${stderr}`));
      else if (run.acked.size === 0 && a.plan.after === 'first-ack') reject(new Error(`poster ${a.runId} acknowledged nothing in 15 s:\n${stderr}`));
      else resolve(run);
    });
  });
}
