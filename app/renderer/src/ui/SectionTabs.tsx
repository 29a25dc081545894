import type { ReactNode } from 'react';
import { navigate } from '../app/router';
import { useT, type StringKey } from '../i18n/i18n';
import { useKeys } from './keys';
import { useActiveInView } from './useActiveInView';

export interface SectionTab {
  path: string;
  label: StringKey;
  key: string;
  hidden?: boolean;
}

/**
 * Sections opened by F1, F2, … in the order listed, each a path under `base`, its label and
 * whether it is hidden from this user: the keys follow the list, so a section added or moved
 * renumbers the rest.
 */
export function sectionsInOrder(base: string, sections: ReadonlyArray<readonly [path: string, label: StringKey, hidden?: boolean]>): SectionTab[] {
  return sections.map(([path, label, hidden], i) => ({ path: `${base}/${path}`, label, key: `F${i + 1}`, ...(hidden === undefined ? {} : { hidden }) }));
}

/** The sections of a screen (accounting, GST, bank …): each one a path and an F-key, shown on the tab. */
export function SectionTabs({ tabs, current }: { tabs: SectionTab[]; current: string }) {
  const { t } = useT();
  const shown = tabs.filter((x) => !x.hidden);
  const row = useActiveInView<HTMLElement>(current);
  // A dialog on screen keeps the keys: F1 in the payment dialog must not leave the page under it.
  useKeys(Object.fromEntries(shown.map((x) => [x.key, () => document.querySelector('.overlay') || navigate(x.path)])));
  return (
    <nav className="tabs" aria-label="Sections" ref={row}>
      {shown.map((x) => (
        <a key={x.path} href={`#${x.path}`} className={x.path === current ? 'active' : ''} aria-current={x.path === current ? 'page' : undefined}>
          <kbd>{x.key}</kbd> {t(x.label)}
        </a>
      ))}
    </nav>
  );
}

/** The section the address opens: a listed, shown tab, else the screen's first section. */
export function currentSection(tabs: SectionTab[], page: string, fallback: string): string {
  return tabs.find((x) => x.path === page && !x.hidden)?.path ?? fallback;
}

/** A screen of sections: the tabs over the body of the open one. */
export function SectionedScreen({ tabs, current, children }: { tabs: SectionTab[]; current: string; children: ReactNode }) {
  return (
    <div className="books">
      <SectionTabs tabs={tabs} current={current} />
      <div className="books-body">{children}</div>
    </div>
  );
}
