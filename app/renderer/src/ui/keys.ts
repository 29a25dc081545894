import { useWindowKeydown } from './useWindowKeydown';

/** Keys for a screen while it is shown: "F5", "Ctrl+E", "Shift+F8". The latest handlers always run. */
export function useKeys(map: Record<string, (() => void) | undefined>) {
  useWindowKeydown((e) => {
    const name = `${e.ctrlKey || e.metaKey ? 'Ctrl+' : ''}${e.shiftKey ? 'Shift+' : ''}${e.key.length === 1 ? e.key.toUpperCase() : e.key}`;
    const run = map[name];
    if (!run) return;
    e.preventDefault();
    run();
  });
}
