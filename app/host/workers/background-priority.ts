import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Lowers the calling thread's CPU priority, so a worker's long job (forecasts, insights, a big
 * import) takes only the cores the counter's thread leaves idle. On a two-core counter PC the
 * host's thread otherwise shares a core with the job and a bill waits its turn. Linux keeps a nice
 * value per thread, and /proc/thread-self names this thread's id; elsewhere nothing changes.
 */
export function runInBackground(level: 'nightly' | 'waited-for' = 'nightly'): void {
  // A job someone waits for (an import, a big report) still yields to bills, but less.
  const nice = level === 'nightly' ? constants.priority.PRIORITY_LOW : constants.priority.PRIORITY_BELOW_NORMAL;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, nice);
  } catch {
    // not Linux, or not allowed: the job runs at the host's priority
  }
}
