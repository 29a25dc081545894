import type { Clock, IdSource } from '../services/ports';

/** A clock that stands still unless a test moves it. */
export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (next) => {
      now = new Date(next);
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

/**
 * Predictable ids: inv-0001, inv-0002, prod-0001 … `counts()` says how far each kind got, and a
 * new source can start from there (a test shop copied from a template goes on where it stopped).
 */
export function sequentialIds(start: Iterable<readonly [string, number]> = []): IdSource & { counts(): Map<string, number> } {
  const counters = new Map<string, number>(start);
  return {
    newId(kind) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `${kind}-${String(n).padStart(4, '0')}`;
    },
    counts: () => new Map(counters),
  };
}
