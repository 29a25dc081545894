import { useEffect, useRef } from 'react';

/**
 * Keeps a row's active link in view when the row scrolls sideways (the menu, a group's screens
 * and a screen's sections on a phone), so the reader sees where they are. Only the row scrolls.
 */
export function useActiveInView<T extends HTMLElement>(current: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const row = ref.current;
    const active = row?.querySelector<HTMLElement>('.active');
    if (!row || !active || row.scrollWidth <= row.clientWidth) return;
    const a = active.getBoundingClientRect();
    const r = row.getBoundingClientRect();
    if (a.left < r.left || a.right > r.right) row.scrollLeft += a.left - r.left - (r.width - a.width) / 2;
  }, [current]);
  return ref;
}
