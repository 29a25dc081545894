export interface KeyHint {
  key: string;
  label: string;
  disabled?: boolean;
  onPress?: () => void;
  /** also a tab or button on the screen: the touch toolbar leaves it out rather than show it twice */
  onScreen?: boolean;
}

/** The F-key bar at the bottom of the counter: every action is one key, and shown. */
export function KeyHints({ hints }: { hints: KeyHint[] }) {
  return (
    <nav className={hints.every((h) => h.onScreen) ? 'keyhints all-on-screen' : 'keyhints'} aria-label="Keyboard shortcuts">
      {hints.map((h) => (
        <button
          key={h.key}
          className={`keyhint${h.disabled ? ' disabled' : ''}${h.onScreen ? ' on-screen' : ''}`}
          onClick={h.onPress}
          tabIndex={-1}
          title={h.disabled ? 'Manager or owner only' : undefined}
        >
          <kbd>{h.key}</kbd>
          <span>{h.label}</span>
        </button>
      ))}
    </nav>
  );
}
