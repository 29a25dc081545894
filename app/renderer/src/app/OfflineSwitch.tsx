import type { ReactNode } from 'react';
import { useSync, worksOffline } from '../api/sync';
import { useT } from '../i18n/i18n';
import type { Route } from './routes';
import type { ScreenProps } from './screen';

/**
 * A screen as the moment allows: the API's screen while the counter answers; its offline version
 * (working from this device's copy) when the counter is out of reach; otherwise a word that this
 * screen needs the counter, with the screens that work offline. Online, a line says what this
 * device queued while it was offline and how it went.
 */
export function ScreenOrOffline({ route, props, offlineRoutes }: { route: Route; props: ScreenProps; offlineRoutes: Route[] }) {
  const { t } = useT();
  const sync = useSync();
  const offline = worksOffline(sync);
  const waiting = sync.queue.filter((q) => !q.outcome).length;
  const posted = sync.queue.filter((q) => q.outcome?.status === 'applied').length;
  const refused = sync.queue.length - waiting - posted;
  let notice: ReactNode = null;
  if (!offline && sync.enabled && route.path !== '/device-queue' && (waiting > 0 || refused > 0)) {
    notice = (
      <a className="sync-notice" href="#/device-queue" data-testid="sync-notice">
        {t('syncQueueSeeAll', { summary: t('syncQueueSummary', { waiting, posted, refused }) })}
      </a>
    );
  }
  // The same place in the tree online and offline: a screen that is both (the phone's) keeps what is typed in it.
  let body: ReactNode = route.render(props);
  if (offline && route.offline) body = route.offline(props);
  else if (offline) {
    body = (
      <div className="offline-elsewhere" role="status">
        <p>{t('syncOfflineTitle')}</p>
        <ul>
          {offlineRoutes.map((r) => (
            <li key={r.path}>
              <a href={`#${r.path}`}>{t(r.label)}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <>
      {notice}
      {body}
    </>
  );
}
