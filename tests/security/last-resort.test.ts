import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The entry points' last net: a callback that throws is logged and the host goes on; a storm ends it. */
const ROOT = join(import.meta.dirname, '../..');

function run(script: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('the last-resort handler', () => {
  it('logs an error thrown in a callback and a rejected promise nobody awaited, and the process carries on', () => {
    const out = run(`
      const { installLastResort } = await import('./app/host/last-resort.ts');
      installLastResort({ log: (m, e) => console.error(m, e instanceof Error ? e.message : '') });
      setTimeout(() => { throw new Error('a printer socket callback broke'); }, 10);
      setTimeout(() => void Promise.reject(new Error('nobody awaited this')), 20);
      setTimeout(() => console.log('still answering'), 100);`);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('still answering');
    expect(out.stderr).toMatch(/unexpected error \(the host keeps running\) a printer socket callback broke/);
    expect(out.stderr).toMatch(/unhandled promise rejection .* nobody awaited this/);
  });

  it('ends the process (code 70) when errors keep coming, so it can be started again', () => {
    const out = run(`
      const { installLastResort } = await import('./app/host/last-resort.ts');
      installLastResort({ log: (m) => console.error(m), maxErrors: 5 });
      const timer = setInterval(() => { throw new Error('a loop that keeps failing'); }, 1);
      setTimeout(() => clearInterval(timer), 5000);`);
    expect(out.status).toBe(70);
    expect(out.stderr).toMatch(/6 unexpected errors in 60 s: stopping/);
  });
});
