import { readdirSync, readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

export type BackgroundLevel = 'nightly' | 'waited-for';

// A job someone waits for (an import, a big report) still yields to bills, but less.
const niceOf = (level: BackgroundLevel) => (level === 'nightly' ? constants.priority.PRIORITY_LOW : constants.priority.PRIORITY_BELOW_NORMAL);

/**
 * Lowers the calling thread's CPU priority, so a worker's long job (forecasts, insights, a big
 * import) takes only the cores the counter's thread leaves idle. On a two-core counter PC the
 * host's thread otherwise shares a core with the job and a bill waits its turn. Linux keeps a nice
 * value per thread, and /proc/thread-self names this thread's id; elsewhere nothing changes.
 */
export function runInBackground(level: BackgroundLevel = 'nightly'): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, niceOf(level));
  } catch {
    // not Linux, or not allowed: the job runs at the host's priority
  }
}

/**
 * Lowers the priority of this whole process: every thread it has now (V8's garbage-collector
 * helpers among them, which a niced worker thread shares with the host when both are in one
 * process) and, through inheritance, every thread it starts later. Linux keeps a nice value per
 * thread, so each one in /proc/self/task is set; Windows and macOS set the process's own class.
 */
export function runProcessInBackground(level: BackgroundLevel = 'nightly'): void {
  const nice = niceOf(level);
  let threads: string[];
  try {
    threads = readdirSync('/proc/self/task');
  } catch {
    try {
      setPriority(process.pid, nice);
    } catch {
      // not allowed: the job runs at the host's priority
    }
    return;
  }
  for (const id of threads) {
    try {
      setPriority(Number(id), nice);
    } catch {
      // a thread that has just ended
    }
  }
}
