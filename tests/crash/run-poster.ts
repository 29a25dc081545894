import { join } from 'node:path';
import { bundleVictims, runVictim } from './support/kill-harness';

/** Bundles poster.ts once, so each run starts with plain `node` in a few hundred milliseconds. */
export async function bundlePoster(): Promise<{ script: string; cleanup(): void }> {
  const victims = await bundleVictims('crash-', { poster: join(import.meta.dirname, 'poster.ts') });
  return { script: victims.script('poster'), cleanup: () => victims.remove() };
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
export async function runAndKill(a: PosterArgs): Promise<PosterRun> {
  const run: PosterRun = { acked: new Map(), unanswered: undefined, killedBeforeFirstAck: true };
  let killed = false;
  const end = await runVictim(a.script, [a.dbFile, a.runId, a.deviceId, ...(a.retryRef ? [a.retryRef] : [])], {
    onSpawn: (kill) => {
      if (a.plan.after === 'spawn') setTimeout(kill, a.plan.ms);
    },
    onKill: () => {
      killed = true;
      run.killedBeforeFirstAck = run.acked.size === 0;
    },
    onLine: (line, kill) => {
      const [word, ref, number] = line.split(' ');
      if (word === 'READY' && a.plan.after === 'ready') setTimeout(kill, a.plan.ms);
      if (word === 'POST') run.unanswered = ref;
      if (word === 'ACK' && ref && number) {
        if (run.acked.size === 0 && a.plan.after === 'first-ack') setTimeout(kill, a.plan.ms);
        run.acked.set(ref, number);
        run.unanswered = undefined;
      }
    },
    // a poster that never acknowledges fails below, not by hanging
    watchdogMs: 15_000,
  });
  if (end.signal !== 'SIGKILL' || !killed) throw new Error(`poster ${a.runId} stopped by itself (signal ${end.signal}):\n${end.stderr}`);
  if (run.acked.size === 0 && a.plan.after === 'first-ack') throw new Error(`poster ${a.runId} acknowledged nothing in 15 s:\n${end.stderr}`);
  return run;
}
