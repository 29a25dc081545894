import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ordersQueries } from '../../api/orders';
import { useT } from '../../i18n/i18n';

/** Two short tones: loud enough over a busy counter, short enough not to annoy. */
function ring() {
  try {
    const audio = new AudioContext();
    [0, 0.25].forEach((at, i) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = i === 0 ? 880 : 1175;
      gain.gain.setValueAtTime(0.2, audio.currentTime + at);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + at + 0.2);
      tone.connect(gain).connect(audio.destination);
      tone.start(audio.currentTime + at);
      tone.stop(audio.currentTime + at + 0.22);
    });
  } catch {
    // no sound device: the badge still shows
  }
}

/**
 * How many web orders wait to be accepted, beside the menu. A new order arrives as data.changed
 * (the query refetches at once); the slow poll covers a dropped event socket.
 */
export function NewOrdersBadge() {
  const { t } = useT();
  const open = useQuery({ ...ordersQueries.open(), refetchInterval: 4000, meta: { showError: false } });
  const count = (open.data ?? []).filter((o) => o.status === 'placed').length;
  const seen = useRef<number | null>(null);
  useEffect(() => {
    if (seen.current !== null && count > seen.current) ring();
    seen.current = count;
  }, [count]);
  if (count === 0) return null;
  return (
    <span className="badge new-orders" role="status" aria-label={t('ordNew', { count })} data-testid="new-orders" data-count={count}>
      {count}
    </span>
  );
}
