import { useLayoutEffect, useRef } from 'react';

/**
 * One window keydown listener for the component's life that always runs this render's handler.
 * Re-adding a listener after each render leaves a moment in which a key pressed straight after a
 * change (F10 after a scan) meets the handler of the screen before it. `capture` hears the key
 * before any field or screen can stop it (the app's own navigation keys). The listener is added
 * before the screen is painted, so a key pressed as soon as the screen shows is heard.
 */
export function useWindowKeydown(handler: (e: KeyboardEvent) => void, { capture = false }: { capture?: boolean } = {}) {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => latest.current(e);
    window.addEventListener('keydown', onKey, { capture });
    return () => window.removeEventListener('keydown', onKey, { capture });
  }, [capture]);
}
