import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

export interface CliHost {
  child: ChildProcess;
  port: number;
}

/**
 * The headless host as a shop runs it: its own process, started from the CLI on a port the OS
 * picks, once it says it is ready. What it writes to stderr is handed to `onStderr` as it comes.
 */
export async function startCliHost(dataDir: string, onStderr: (text: string) => void): Promise<CliHost> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/host/cli.ts', '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
    onStderr(d.toString());
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const ready = /ready at http:\/\/[^:]+:(\d+)/.exec(out);
      if (ready) resolve(Number(ready[1]));
    });
    child.once('exit', (code) => reject(new Error(`the host exited (${code}) before it was ready: ${stderr}`)));
  });
  return { child, port };
}
