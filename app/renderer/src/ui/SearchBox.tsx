import { useQuery } from '@tanstack/react-query';
import { forwardRef, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { CounterProduct } from '../../../core/contract';
import { formatInr } from '../../../core/format';
import { catalogQueries } from '../api/catalog';
import { useWideScreen } from '../app/useWideScreen';
import { useT } from '../i18n/i18n';

type Product = z.output<typeof CounterProduct>;

interface Props {
  onPick: (p: Product) => void;
  /** Enter on digits with no match: the cashier typed a barcode by hand */
  onBarcode: (code: string) => void;
}

/** The counter's search box, on any screen that picks products: a name in English, Hindi or Hinglish; ↑ ↓ to choose, Enter to add. */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ onPick, onBarcode }, ref) {
  const { t, lang } = useT();
  // a tablet or phone: a finger has no F2, and the box is too narrow for the long sentence
  const desk = useWideScreen(901);
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  // Ask once typing pauses: a scan into this box, or fast typing, does not fire a query per key.
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(q), 60);
    return () => clearTimeout(timer);
  }, [q]);
  const results = useQuery(catalogQueries.search(asked));
  const list = q.trim() && asked.trim() ? (results.data ?? []) : [];
  useEffect(() => {
    setActive(0);
  }, [q]);

  const pick = (p: Product | undefined) => {
    if (!p) return;
    onPick(p);
    setQ('');
  };

  return (
    <div className="search">
      <input
        ref={ref}
        className="search-input"
        value={q}
        placeholder={desk ? `🔍 ${t('scanOrSearch')}  (F2)` : `🔍 ${t('scanOrSearchShort')}`}
        aria-label={t('search')}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && list.length) {
            e.preventDefault();
            setActive((i) => Math.max(0, Math.min(i + (e.key === 'ArrowDown' ? 1 : -1), list.length - 1)));
          } else if (e.key === 'Enter' && q.trim()) {
            e.preventDefault();
            e.stopPropagation();
            if (list.length) pick(list[active]);
            else if (/^[A-Za-z0-9/-]{4,}$/.test(q.trim())) {
              onBarcode(q.trim());
              setQ('');
            }
          } else if (e.key === 'Escape' && q !== '') {
            // the first Esc empties the search; only the next one leaves the screen
            e.preventDefault();
            setQ('');
          }
        }}
      />
      {list.length > 0 && (
        <ul className="results" role="listbox">
          {list.map((p, i) => (
            <li
              key={p.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(p);
              }}
            >
              <span className="name">
                {lang === 'hi' && p.nameHi ? p.nameHi : p.name}
                {p.nameHi && <small>{lang === 'hi' ? p.name : p.nameHi}</small>}
              </span>
              <span className="price">
                {formatInr(p.pricePaise)}
                {p.loose ? ' /kg' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
