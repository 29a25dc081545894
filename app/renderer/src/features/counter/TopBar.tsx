import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../../../../core/format';
import { shopQueries } from '../../api/shop';
import type { Session } from '../../api/session';
import { useT } from '../../i18n/i18n';
import { useShopToday } from '../../ui/shop-today';

/** The counter's top bar: the shop and its business day (the host's, not this device's clock), the held bills, who is billing, the display, the language, F12. */
export function TopBar({ session, heldCount, onHeld, onSwitchUser }: { session: Session; heldCount: number; onHeld: () => void; onSwitchUser: () => void }) {
  const { t, toggle } = useT();
  const shop = useQuery(shopQueries.get());
  const today = useShopToday();
  return (
    <header className="topbar">
      <div className="brand">
        <strong>{shop.data?.name ?? t('appName')}</strong>
        <span data-testid="counter-date">{formatDate(today)}</span>
      </div>
      <div className="held-chips">
        {heldCount > 0 && (
          <button className="chip" onClick={onHeld}>
            {t('heldBills')}: {heldCount} <kbd>F7</kbd>
          </button>
        )}
      </div>
      <div className="who">
        <span data-testid="user-name">{session.user.name}</span>
        <span className="device">{session.device.code}</span>
        <button className="ghost open-display" onClick={() => window.open('#/display', 'sk-customer-display', 'popup,width=1024,height=640')}>
          ⧉ {t('openDisplay')}
        </button>
        <button className="ghost" onClick={toggle}>
          {t('language')}
        </button>
        {/* the key cap is hidden where a finger works the screen; the button's name still says its key */}
        <button className="ghost" onClick={onSwitchUser} aria-label={`${t('switchUser')} (F12)`} aria-keyshortcuts="F12">
          <kbd>F12</kbd> {t('switchUser')}
        </button>
      </div>
    </header>
  );
}
