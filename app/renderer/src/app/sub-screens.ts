import { useEffect } from 'react';
import { useT } from '../i18n/i18n';
import { useWindowKeydown } from '../ui/useWindowKeydown';
import { currentPath, navigate, splitPath } from './router';

/**
 * A screen opened from another one (not from the menu): Esc goes back to where it was opened from,
 * or, when it was opened straight by its address, to `parent`. Dialogs close themselves on Esc
 * (ui/Dialog); these are the pages that replace a screen.
 */
export interface SubScreen {
  name: string;
  is: (page: string, search: URLSearchParams) => boolean;
  parent: (search: URLSearchParams) => string;
}

export const SUB_SCREENS: readonly SubScreen[] = [
  { name: 'import preview', is: (p) => p === '/catalog/import', parent: () => '/catalog' },
  { name: 'purchase bill form', is: (p) => p === '/purchasing/bill', parent: (s) => (s.has('po') ? '/purchasing?tab=orders' : '/purchasing') },
  { name: 'stock count', is: (p) => p === '/count', parent: () => '/inventory' },
  { name: "a customer's khata", is: (p) => p.startsWith('/khata/c/'), parent: () => '/khata' },
  { name: "an account's ledger", is: (p, s) => p === '/accounting/ledger' && s.has('account'), parent: () => '/accounting/accounts' },
  { name: "a supplier's payment", is: (p, s) => p === '/vouchers/payment' && s.has('supplier'), parent: () => '/khata/suppliers' },
];

export function subScreenOf(path: string): SubScreen | undefined {
  const { page, search } = splitPath(path);
  return SUB_SCREENS.find((s) => s.is(page, search));
}

/** The way back through sub-screens: a menu screen starts it, each sub-screen opened from it adds one. */
export function nextTrail(trail: readonly string[], path: string): string[] {
  if (!subScreenOf(path)) return [path];
  const at = trail.lastIndexOf(path);
  return at >= 0 ? trail.slice(0, at + 1) : [...trail, path];
}

/** Where Esc on `path` goes: the screen it was opened from, else its parent; nowhere on a menu screen. */
export function backFrom(path: string, trail: readonly string[]): string | null {
  const sub = subScreenOf(path);
  if (!sub) return null;
  const from = trail.at(-1) === path ? trail.at(-2) : undefined;
  return from ?? sub.parent(splitPath(path).search);
}

let unsaved = false;
let trail: string[] = [];
/** The trail brought up to the address shown now (idempotent: a path already last stays last). */
const followAddress = () => {
  trail = nextTrail(trail, currentPath());
};
// From the page's load, so a screen that re-mounts never forgets the way back.
if (typeof window !== 'undefined') {
  trail = [currentPath()];
  window.addEventListener('hashchange', followAddress);
}

/** A sub-screen holding typed work (a purchase bill's lines) asks before Esc throws it away. */
export function useUnsavedWork(dirty: boolean) {
  useEffect(() => {
    unsaved = dirty;
    return () => {
      unsaved = false;
    };
  }, [dirty]);
}

/** Esc, or its button on a touch screen: back from a sub-screen; false on a menu screen or when the user stays. */
export function goBack(askFirst: string): boolean {
  // An Esc pressed right after the address changed can come before its hashchange event.
  followAddress();
  const target = backFrom(currentPath(), trail);
  if (!target) return false;
  if (!unsaved || window.confirm(askFirst)) navigate(target);
  return true;
}

/** The shell's one Esc: after any open dialog has had it, a sub-screen goes back. */
export function useEscapeBack() {
  const { t } = useT();
  useWindowKeydown((e) => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (document.querySelector('[role="dialog"]')) return;
    if (goBack(t('leaveUnsaved'))) e.preventDefault();
  });
}

/** The Esc button of a sub-screen's key bar, for touch. */
export function useBackHint() {
  const { t } = useT();
  return { key: 'Esc', label: t('back'), onPress: () => void goBack(t('leaveUnsaved')) };
}
