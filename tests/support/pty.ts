import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { allowDevicePaths } from '../../printers/transports/device-paths';
import { tempDir } from './test-host';

/**
 * A real pseudo-terminal pair (socat): what one program writes to `a` another reads from `b`,
 * as over a null-modem serial cable. Serial printers, pole displays and scanners are tested on it.
 * Ptys are not ports the system names as serial, so both ends are confirmed as devices, as an
 * owner would confirm a port at the counter PC.
 */
export interface PtyPair {
  a: string;
  b: string;
  close(): void;
}

export async function ptyPair(): Promise<PtyPair> {
  const { dir, cleanup } = tempDir('sk-pty-');
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  const proc: ChildProcess = spawn('socat', [`pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], { stdio: 'ignore' });
  const started = Date.now();
  while (!(existsSync(a) && existsSync(b))) {
    if (proc.exitCode !== null || Date.now() - started > 5000) throw new Error('socat did not make a pty pair (is socat installed? .ci/install adds it)');
    await new Promise((r) => setTimeout(r, 20));
  }
  allowDevicePaths([a, b]);
  return {
    a,
    b,
    close() {
      proc.kill();
      cleanup();
    },
  };
}
