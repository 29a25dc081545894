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

/**
 * Enter on a focused row or card that opens something. The key is taken (preventDefault): what it
 * opens may move the focus to a button while the key is still down, and the key's own press would
 * then press that button (a dialog's close button, closing the dialog it just opened).
 */
export const onEnter = (open: () => void) => (e: { key: string; repeat: boolean; preventDefault(): void; nativeEvent: { isComposing: boolean } }) => {
  if (e.key !== 'Enter' || e.repeat || e.nativeEvent.isComposing) return;
  e.preventDefault();
  open();
};
