import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { onHostEvent } from '../../api/events';
import { shopQueries } from '../../api/shop';
import { createScanDetector, DEFAULT_SCANNER, scannedKey, scannerConfig, type ScanDetector, type ScanTiming, type ScannerConfig } from './detector';
import { onCounterPc } from '../counter-pc';

export interface ScanDetail {
  source: 'keyboard' | 'serial' | 'camera';
  timing?: ScanTiming;
}

/** Removes the last n characters a scan already typed into the focused field (React sees the change). */
function untype(n: number) {
  const el = document.activeElement;
  if (n <= 0 || !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
  setter?.call(el, el.value.slice(0, Math.max(0, el.value.length - n)));
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The shop's saved scanner settings as the detector wants them. */
export function useScannerConfig(): ScannerConfig {
  const shop = useQuery(shopQueries.get());
  const saved = shop.data?.scanner;
  return useMemo(() => (saved ? scannerConfig(saved) : DEFAULT_SCANNER), [saved]);
}

/**
 * Listens for a keyboard-wedge scanner anywhere on the screen (capture phase, before any field),
 * so a scan works whatever has focus; the characters it typed into a field are taken back out.
 * Codes from a serial scanner on this PC arrive as host events and are handled the same way.
 */
export function useScanner(onScan: (code: string, detail: ScanDetail) => void, config: ScannerConfig = DEFAULT_SCANNER, enabled = true) {
  const handler = useRef(onScan);
  handler.current = onScan;
  // One detector for the screen's life: the saved settings usually arrive a moment after the
  // screen opens, and a scan already under way must not be cut in two when they do.
  const detectorRef = useRef<ScanDetector | null>(null);
  const detector = (detectorRef.current ??= createScanDetector(config));
  const maxGapMs = useRef(config.maxGapMs);
  useEffect(() => {
    detector.configure(config);
    maxGapMs.current = config.maxGapMs;
  }, [detector, config]);
  useEffect(() => {
    if (!enabled) return;
    detector.reset();
    let lastAt = -Infinity;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const { key, typed } = scannedKey(e.key, e.code);
      const fast = e.timeStamp - lastAt <= maxGapMs.current;
      lastAt = e.timeStamp;
      const action = detector.feed(key, e.timeStamp, typed);
      // A NumLock-off keypad digit inside a fast burst must not move the cursor or the selection.
      if (action.kind === 'pass' && !typed && key !== e.key && fast) e.preventDefault();
      if (action.kind === 'pass') return;
      e.preventDefault();
      e.stopPropagation();
      if (action.kind === 'scan') {
        untype(action.typed);
        handler.current(action.code, { source: 'keyboard', timing: action.timing });
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    const offSerial = onHostEvent((e) => {
      // a serial scanner hangs off the counter PC: the tablet's and the phone's screens do not take its codes
      if (e.event === 'scanner.scan' && onCounterPc()) handler.current(e.payload.code, { source: 'serial' });
    });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      offSerial();
    };
  }, [detector, enabled]);
}
