/**
 * Tells a USB barcode scanner (a keyboard that types very fast and ends with Enter) from a
 * person typing. Pure: it sees only (key, time) and says what to do with each key, so it is
 * tested on synthetic timings. Scanners set up with a prefix key are recognised by the prefix;
 * otherwise by timing: a burst of at least `minLength` characters ended by a suffix key, whose
 * keys came on average within `avgGapMs` of each other and never more than `maxGapMs` apart
 * (a busy screen can delay one key; a person cannot keep up 30 ms a key).
 */
export interface ScannerConfig {
  minLength: number;
  /** the average time between keys of a scan, at most */
  avgGapMs: number;
  /** the longest pause between two keys of one scan */
  maxGapMs: number;
  /** a key the scanner sends before the code (e.g. 'F13'), if it is set up to */
  prefix?: string | undefined;
  suffixes: readonly string[];
}

export const DEFAULT_SCANNER: ScannerConfig = { minLength: 4, avgGapMs: 30, maxGapMs: 80, suffixes: ['Enter', 'Tab'] };

/**
 * The key a scanner meant. Scanners in keypad mode send numpad keys; with NumLock off those
 * arrive as End, ArrowDown, Insert…, but their code still says which digit.
 */
export function scannedKey(key: string, code: string): { key: string; typed: boolean } {
  const digit = /^Numpad(\d)$/.exec(code)?.[1];
  if (digit !== undefined && key !== digit) return { key: digit, typed: false };
  return { key, typed: key.length === 1 };
}

/** The detector's settings from the shop's saved scanner settings (prefix null = none). */
export function scannerConfig(s: { prefix: string | null; suffixes: readonly string[]; minLength: number; avgGapMs: number; maxGapMs: number }): ScannerConfig {
  return { minLength: s.minLength, avgGapMs: s.avgGapMs, maxGapMs: s.maxGapMs, suffixes: s.suffixes, prefix: s.prefix ?? undefined };
}

export type ScanAction =
  /** an ordinary key: let it through */
  | { kind: 'pass' }
  /** part of a scan in progress that the page must not see (prefix mode, or the suffix) */
  | { kind: 'swallow' }
  /** a finished scan; `typed` is how many of its characters already reached the page */
  | { kind: 'scan'; code: string; typed: number; timing: ScanTiming };

/** How the keys of a scan came: shown on the scanner test screen to tune the settings. */
export interface ScanTiming {
  /** first key to the suffix */
  totalMs: number;
  avgGapMs: number;
  maxGapMs: number;
  /** recognised by the prefix key, or by speed alone */
  by: 'prefix' | 'timing';
}

export interface ScanDetector {
  /** `reachesPage` false: the key typed nothing into a field (a numpad digit with NumLock off) */
  feed(key: string, atMs: number, reachesPage?: boolean): ScanAction;
  reset(): void;
  /** new settings (the shop's saved ones arriving) without losing a scan in progress */
  configure(next: ScannerConfig): void;
}

const isCharacter = (key: string) => key.length === 1;

export function createScanDetector(initial: ScannerConfig = DEFAULT_SCANNER): ScanDetector {
  let config = initial;
  let buffer = '';
  let last = -Infinity;
  let capturing = false; // after a prefix key
  let passed = 0; // characters of the current burst the page has already received
  let gaps = 0; // sum of the gaps inside the current burst
  let maxGap = 0;
  let started = 0; // when the burst's first key came

  const reset = () => {
    buffer = '';
    passed = 0;
    gaps = 0;
    maxGap = 0;
    capturing = false;
  };
  const timing = (at: number, by: ScanTiming['by'], count: number): ScanTiming => ({
    totalMs: Math.round(at - started),
    avgGapMs: Math.round((at - started) / Math.max(1, count)),
    maxGapMs: Math.round(maxGap),
    by,
  });

  return {
    reset,
    configure(next) {
      config = next;
    },
    feed(key, at, reachesPage = true) {
      const gap = at - last;
      last = at;
      if (config.prefix !== undefined && key === config.prefix) {
        reset();
        capturing = true;
        started = at;
        return { kind: 'swallow' };
      }
      if (capturing) {
        if (config.suffixes.includes(key)) {
          const code = buffer;
          maxGap = Math.max(maxGap, gap);
          const t = timing(at, 'prefix', code.length + 1);
          reset();
          return code.length > 0 ? { kind: 'scan', code, typed: 0, timing: t } : { kind: 'swallow' };
        }
        maxGap = Math.max(maxGap, gap);
        if (isCharacter(key)) buffer += key;
        return { kind: 'swallow' };
      }
      if (config.suffixes.includes(key)) {
        const average = (gaps + gap) / Math.max(1, buffer.length);
        const isScan = buffer.length >= config.minLength && gap <= config.maxGapMs && average <= config.avgGapMs;
        const code = buffer;
        const typed = passed;
        maxGap = Math.max(maxGap, gap);
        const t = timing(at, 'timing', buffer.length);
        reset();
        return isScan ? { kind: 'scan', code, typed, timing: t } : { kind: 'pass' };
      }
      if (!isCharacter(key)) {
        // Shift and friends come inside scans of letters; anything else ends a burst.
        if (key !== 'Shift' && key !== 'CapsLock') reset();
        return { kind: 'pass' };
      }
      if (gap > config.maxGapMs || buffer.length === 0) {
        buffer = '';
        passed = 0;
        gaps = 0;
        maxGap = 0;
        started = at;
      } else {
        gaps += gap;
        maxGap = Math.max(maxGap, gap);
      }
      buffer += key;
      if (reachesPage) passed += 1;
      return { kind: 'pass' };
    },
  };
}
