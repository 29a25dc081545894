import { useEffect, useRef } from 'react';
import { createScanDetector, DEFAULT_SCANNER, type ScannerConfig } from '../scanner/detector';

/** Removes the last n characters a scan already typed into the focused field (React sees the change). */
function untype(n: number) {
  const el = document.activeElement;
  if (n <= 0 || !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
  setter?.call(el, el.value.slice(0, Math.max(0, el.value.length - n)));
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Listens for a keyboard-wedge scanner anywhere on the screen (capture phase, before any field),
 * so a scan works whatever has focus; the characters it typed into a field are taken back out.
 */
export function useScanner(onScan: (code: string) => void, config: ScannerConfig = DEFAULT_SCANNER, enabled = true) {
  const handler = useRef(onScan);
  handler.current = onScan;
  useEffect(() => {
    if (!enabled) return;
    const detector = createScanDetector(config);
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      const action = detector.feed(e.key, e.timeStamp);
      if (action.kind === 'pass') return;
      e.preventDefault();
      e.stopPropagation();
      if (action.kind === 'scan') {
        untype(action.typed);
        handler.current(action.code);
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [config, enabled]);
}
