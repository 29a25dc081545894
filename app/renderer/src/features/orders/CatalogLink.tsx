import { useQuery } from '@tanstack/react-query';
import { shopQueries } from '../../api/shop';
import { useT } from '../../i18n/i18n';
import { Panel } from '../../ui/fields';
import { showToast } from '../../ui/Toasts';
import type { CatalogLink } from './catalog-link';

function Address({ testId, title, url, note }: { testId: string; title: string; url: string; note: string }) {
  return (
    <div className="catalog-link" data-testid={testId}>
      <h3>{title}</h3>
      <a href={url} target="_blank" rel="noreferrer" className="link-text">
        {url}
      </a>
      <p className="muted">{note}</p>
    </div>
  );
}

/** Settings → Web shop: the catalog's addresses, which one to share and why, with Copy and WhatsApp. */
export function CatalogLinkPanel({ link }: { link: CatalogLink }) {
  const { t } = useT();
  const shop = useQuery(shopQueries.get());
  const relay = link.links?.relay ?? null;
  const shared = link.shared;
  const copy = (url: string) =>
    navigator.clipboard
      .writeText(url)
      .then(() => showToast('ok', t('wsLinkCopied')))
      .catch(() => showToast('error', t('wsLinkCopyFailed')));
  const text = shared ? t('wsLinkShareText', { shop: shop.data?.name ?? '', url: shared }) : '';
  return (
    <Panel title={t('wsLinkTitle')}>
      {relay?.url ? (
        <Address testId="catalog-link-relay" title={t('wsLinkRelay')} url={relay.url} note={t('wsLinkRelayNote')} />
      ) : (
        <p className="muted" role="status">
          {relay ? t('wsLinkRelayWaiting') : t('wsLinkNoRelay')}
        </p>
      )}
      {relay && !relay.reachable && (
        <p className="error" role="alert">
          {t('wsLinkRelayDown')}
        </p>
      )}
      {link.lan && <Address testId="catalog-link-lan" title={t('wsLinkLan')} url={link.lan} note={t('wsLinkLanNote')} />}
      {shared && (
        <div className="actions wrap">
          <button type="button" className="primary" onClick={() => void copy(shared)} aria-describedby="catalog-link-shared">
            {t('wsLinkCopy')}
          </button>
          <a className="button" href={`https://wa.me/?text=${encodeURIComponent(text)}`} target="_blank" rel="noreferrer" data-testid="catalog-link-whatsapp">
            {t('wsLinkWhatsapp')}
          </a>
          <span id="catalog-link-shared" className="muted">
            {t('wsLinkPublic')}: {link.kind === 'relay' ? t('wsLinkRelay') : t('wsLinkLan')}
          </span>
        </div>
      )}
    </Panel>
  );
}
