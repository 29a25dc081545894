import { describe, expect, it } from 'vitest';
import { createScanDetector, DEFAULT_SCANNER, scannedKey, scannerConfig, type ScanAction } from './detector';

/** Feeds keys with fixed gaps and returns the last action. */
function type(keys: string[], gapMs: number, detector = createScanDetector(), start = 1000): ScanAction[] {
  return keys.map((k, i) => detector.feed(k, start + i * gapMs));
}
const chars = (s: string) => [...s];

describe('scanner detector', () => {
  it('recognises a scanner: 13 digits a few ms apart and Enter', () => {
    const actions = type([...chars('8901234567890'), 'Enter'], 4);
    expect(actions.at(-1)).toMatchObject({ kind: 'scan', code: '8901234567890', typed: 13 });
  });

  it('leaves a typist alone, even one typing digits and Enter', () => {
    const actions = type([...chars('8901234567890'), 'Enter'], 120);
    expect(actions.every((a) => a.kind === 'pass')).toBe(true);
  });

  it('forgives one key a busy screen delayed, but not a person’s pace', () => {
    const d = createScanDetector();
    const code = chars('8901234567890');
    const times = code.map((_, i) => i * 6 + (i > 6 ? 60 : 0)); // one 66 ms hiccup in the middle
    code.forEach((k, i) => d.feed(k, times[i]!));
    expect(d.feed('Enter', times.at(-1)! + 6)).toMatchObject({ kind: 'scan', code: '8901234567890' });
    // 45 ms a key, every key: a very fast typist, not a scanner
    expect(type([...code, 'Enter'], 45).at(-1)).toEqual({ kind: 'pass' });
  });

  it('ignores a fast typist’s short word', () => {
    expect(type([...chars('dal'), 'Enter'], 20).at(-1)).toEqual({ kind: 'pass' });
  });

  it('separates a scan from letters typed just before it', () => {
    const d = createScanDetector();
    type(chars('atta'), 150, d, 0);
    const actions = type([...chars('2000000000015'), 'Enter'], 5, d, 2000);
    expect(actions.at(-1)).toMatchObject({ kind: 'scan', code: '2000000000015', typed: 13 });
  });

  it('does not count a slow pause before Enter as a scan', () => {
    const d = createScanDetector();
    type(chars('2000000000015'), 5, d, 0);
    expect(d.feed('Enter', 5000)).toEqual({ kind: 'pass' });
  });

  it('reads numpad digits, which arrive as the same keys', () => {
    const numpad = chars('2000000000022');
    expect(type([...numpad, 'Enter'], 8).at(-1)).toMatchObject({ kind: 'scan', code: '2000000000022' });
  });

  it('handles letters with Shift inside a Code128 scan', () => {
    const keys = ['Shift', 'S', 'Shift', 'K', ...chars('-00042'), 'Tab'];
    expect(type(keys, 3).at(-1)).toMatchObject({ kind: 'scan', code: 'SK-00042', typed: 8 });
  });

  it('swallows everything between a configured prefix and the suffix', () => {
    const d = createScanDetector({ ...DEFAULT_SCANNER, prefix: 'F13' });
    const actions = type(['F13', ...chars('12345678'), 'Enter'], 40, d);
    expect(actions.slice(0, -1).every((a) => a.kind === 'swallow')).toBe(true);
    expect(actions.at(-1)).toMatchObject({ kind: 'scan', code: '12345678', typed: 0 });
  });

  it('two scans back to back are two scans', () => {
    const d = createScanDetector();
    const a = type([...chars('2000000000015'), 'Enter'], 5, d, 0);
    const b = type([...chars('2000000000022'), 'Enter'], 5, d, 300);
    expect([a.at(-1), b.at(-1)]).toMatchObject([
      { kind: 'scan', code: '2000000000015', typed: 13 },
      { kind: 'scan', code: '2000000000022', typed: 13 },
    ]);
  });

  it('reports each scan’s timing, for tuning on the scanner test screen', () => {
    const d = createScanDetector();
    const keys = [...chars('8901234567890'), 'Enter'];
    const times = keys.map((_, i) => 100 + i * 5 + (i === 6 ? 20 : 0));
    const last = keys.map((k, i) => d.feed(k, times[i]!)).at(-1);
    expect(last).toMatchObject({ kind: 'scan', timing: { totalMs: 65, avgGapMs: 5, maxGapMs: 25, by: 'timing' } });
    const p = createScanDetector({ ...DEFAULT_SCANNER, prefix: 'F13' });
    expect(type(['F13', ...chars('1234'), 'Enter'], 10, p).at(-1)).toMatchObject({ timing: { totalMs: 50, by: 'prefix' } });
  });

  it('follows the shop’s saved settings: a longer minimum, a slower scanner, only Tab', () => {
    const d = createScanDetector(scannerConfig({ prefix: null, suffixes: ['Tab'], minLength: 8, avgGapMs: 60, maxGapMs: 120 }));
    expect(type([...chars('1234567'), 'Tab'], 5, d).at(-1)).toEqual({ kind: 'pass' }); // too short
    expect(type([...chars('12345678'), 'Enter'], 5, d, 5000).at(-1)).toEqual({ kind: 'pass' }); // Enter is not its suffix
    expect(type([...chars('12345678'), 'Tab'], 50, d, 9000).at(-1)).toMatchObject({ kind: 'scan', code: '12345678' }); // 50 ms a key is fine here
  });

  it('keeps a scan whole when the saved settings arrive in the middle of it', () => {
    const d = createScanDetector();
    type(chars('200000'), 4, d);
    d.configure(scannerConfig({ prefix: null, suffixes: ['Enter'], minLength: 4, avgGapMs: 30, maxGapMs: 80 }));
    expect(type([...chars('0000015'), 'Enter'], 4, d, 1024).at(-1)).toMatchObject({ kind: 'scan', code: '2000000000015', typed: 13 });
  });

  it('reads keypad digits sent with NumLock off, which type nothing into the field', () => {
    expect(scannedKey('End', 'Numpad1')).toEqual({ key: '1', typed: false });
    expect(scannedKey('7', 'Numpad7')).toEqual({ key: '7', typed: true });
    expect(scannedKey('Enter', 'NumpadEnter')).toEqual({ key: 'Enter', typed: false });
    const d = createScanDetector();
    const keys = [
      ['ArrowDown', 'Numpad2'],
      ['Insert', 'Numpad0'],
      ['Insert', 'Numpad0'],
      ['Insert', 'Numpad0'],
      ['End', 'Numpad1'],
      ['Enter', 'NumpadEnter'],
    ] as const;
    const actions = keys.map(([key, code], i) => {
      const k = scannedKey(key, code);
      return d.feed(k.key, 10 + i * 5, k.typed);
    });
    expect(actions.at(-1)).toMatchObject({ kind: 'scan', code: '20001', typed: 0 });
  });
});
