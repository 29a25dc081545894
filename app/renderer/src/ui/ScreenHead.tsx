import type { ReactNode } from 'react';
import { KeyHints, type KeyHint } from './KeyHints';
import { useWindowKeydown } from './useWindowKeydown';

/** A back-office screen: a title row with its actions, the body, and the F-key bar at the bottom. */
export function BackOffice({ title, actions, keys, children }: { title: string; actions?: ReactNode; keys: KeyHint[]; children: ReactNode }) {
  return (
    <div className="back-office">
      <header className="bo-head">
        <h1>{title}</h1>
        <div className="bo-actions">{actions}</div>
      </header>
      <div className="bo-body">{children}</div>
      <KeyHints hints={keys} />
    </div>
  );
}

/** Runs the handler of an F-key shown in `keys` (skipped while a dialog is open). */
export function fKeyHandler(keys: KeyHint[], blocked: boolean) {
  return (e: KeyboardEvent) => {
    if (blocked || !/^F([1-9]|1[0-2])$/.test(e.key)) return;
    const hint = keys.find((k) => k.key === e.key);
    if (!hint?.onPress || hint.disabled) return;
    e.preventDefault();
    hint.onPress();
  };
}

/** The screen's F-keys shown in `keys`, heard for the screen's life (none while `blocked`). */
export function useFKeys(keys: KeyHint[], blocked: boolean) {
  useWindowKeydown(fKeyHandler(keys, blocked));
}

/** A tab a screen's F-key opens: one list gives both the tabs and the keys in the F-key bar. */
export interface KeyedTab<T extends string> {
  value: T;
  key: string;
  label: string;
}

/** The F-keys of `tabs`, each opening its tab (already on screen as a tab: not repeated on the touch toolbar). */
export function tabKeys<T extends string>(tabs: ReadonlyArray<KeyedTab<T>>, open: (v: T) => void): KeyHint[] {
  return tabs.map((tab) => ({ key: tab.key, label: tab.label, onPress: () => open(tab.value), onScreen: true }));
}

/** Tabs across the top of a screen. */
export function Tabs<T extends string>({
  value,
  options,
  onChange,
}: {
  value: T;
  /** `key`: the F-key that opens the tab, shown as a key cap (hidden where the screen is touched) */
  options: ReadonlyArray<{ value: T; label: string; key?: string }>;
  onChange: (v: T) => void;
}) {
  return (
    <div className="tabs" role="tablist">
      {options.map((o) => (
        <button
          key={o.value}
          role="tab"
          aria-selected={o.value === value}
          className={o.value === value ? 'tab active' : 'tab'}
          onClick={() => onChange(o.value)}
        >
          {o.key && <kbd>{o.key}</kbd>} {o.label}
        </button>
      ))}
    </div>
  );
}
