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

export type ScanAction =
  /** an ordinary key: let it through */
  | { kind: 'pass' }
  /** part of a scan in progress that the page must not see (prefix mode, or the suffix) */
  | { kind: 'swallow' }
  /** a finished scan; `typed` is how many of its characters already reached the page */
  | { kind: 'scan'; code: string; typed: number };

export interface ScanDetector {
  feed(key: string, atMs: number): ScanAction;
  reset(): void;
}

const isCharacter = (key: string) => key.length === 1;

export function createScanDetector(config: ScannerConfig = DEFAULT_SCANNER): ScanDetector {
  let buffer = '';
  let last = -Infinity;
  let capturing = false; // after a prefix key
  let passed = 0; // characters of the current burst the page has already received
  let gaps = 0; // sum of the gaps inside the current burst

  const reset = () => {
    buffer = '';
    passed = 0;
    gaps = 0;
    capturing = false;
  };

  return {
    reset,
    feed(key, at) {
      const gap = at - last;
      last = at;
      if (config.prefix !== undefined && key === config.prefix) {
        reset();
        capturing = true;
        return { kind: 'swallow' };
      }
      if (capturing) {
        if (config.suffixes.includes(key)) {
          const code = buffer;
          reset();
          return code.length > 0 ? { kind: 'scan', code, typed: 0 } : { kind: 'swallow' };
        }
        if (isCharacter(key)) buffer += key;
        return { kind: 'swallow' };
      }
      if (config.suffixes.includes(key)) {
        const average = (gaps + gap) / Math.max(1, buffer.length);
        const isScan = buffer.length >= config.minLength && gap <= config.maxGapMs && average <= config.avgGapMs;
        const code = buffer;
        const typed = passed;
        reset();
        return isScan ? { kind: 'scan', code, typed } : { kind: 'pass' };
      }
      if (!isCharacter(key)) {
        // Shift and friends come inside scans of letters; anything else ends a burst.
        if (key !== 'Shift' && key !== 'CapsLock') reset();
        return { kind: 'pass' };
      }
      if (gap > config.maxGapMs) {
        buffer = '';
        passed = 0;
        gaps = 0;
      } else if (buffer.length > 0) gaps += gap;
      buffer += key;
      passed += 1;
      return { kind: 'pass' };
    },
  };
}
