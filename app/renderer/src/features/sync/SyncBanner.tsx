import type { SyncSnapshot } from '../../api/sync';
import { useT } from '../../i18n/i18n';
import { asOf } from './age';

const LINK_WORDS = {
  connected: 'syncLinkConnected',
  connecting: 'syncLinkConnecting',
  disconnected: 'syncLinkDisconnected',
  refused: 'syncLinkRefused',
} as const;

/** The head of every offline screen: that the counter is out of reach, the link, and how old the copy is. */
export function SyncBanner({ snapshot, title = true }: { snapshot: SyncSnapshot; title?: boolean }) {
  const { t } = useT();
  const meta = snapshot.catalog.meta;
  return (
    <header className="sync-banner" role="status">
      {title && <strong>{t('syncOfflineTitle')}</strong>}
      <span className={`sync-link ${snapshot.link}`} data-testid="sync-link">
        {t(LINK_WORDS[snapshot.link])}
      </span>
      <span data-testid="prices-as-of">{meta ? asOf(t, 'syncPricesAsOf', meta.publishedAt) : t('syncNoCopy')}</span>
    </header>
  );
}
