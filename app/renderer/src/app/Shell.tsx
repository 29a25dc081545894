import { currentPath, navigate, usePath } from './router';
import { GROUP_LABELS, GROUP_LETTERS, homePath, MENU_GROUPS, reaches, ROUTES, type Route } from './routes';
import type { ScreenProps } from './screen';
import { useT } from '../i18n/i18n';
import { useWindowKeydown } from '../ui/useWindowKeydown';
import { useActiveInView } from '../ui/useActiveInView';
import { UserBar } from './UserBar';
import { useEscapeBack } from './sub-screens';
import { ScreenOrOffline } from './OfflineSwitch';
import { BackupAlertBanner } from '../features/backups/BackupAlert';
import { NewOrdersBadge } from '../features/orders/NewOrdersBadge';
import { atLeast } from '../../../core/contract';
import { NotificationBell } from '../features/insights/NotificationBell';
import { useWideScreen } from './useWideScreen';

/**
 * The signed-in app: the screen for the current path, under a menu of the screen groups this user
 * may open (Alt+1…9 and Alt+0, Alt+R for reports, from anywhere on the page, whatever has the focus; the same key again moves to
 * the group's next screen), who is signed in, and, for a group of several screens, a row of its screens.
 */
export function Shell(props: ScreenProps) {
  const { t } = useT();
  const named = usePath();
  const path = location.hash ? named : homePath(props.session.user.role);
  const allowed = ROUTES.filter((r) => reaches(props.session.user.role, r));
  // The most specific screen whose path the address starts with: /reports/custom is not /reports.
  const routeAt = (at: string) =>
    allowed
      .filter((r) => at === r.path || at.startsWith(`${r.path}/`) || at.startsWith(`${r.path}?`))
      .reduce<Route | undefined>((best, r) => (!best || r.path.length > best.path.length ? r : best), undefined) ?? allowed[0];
  const route = routeAt(path);
  const menu = allowed.filter((r) => !r.bare);
  const groups = MENU_GROUPS.map((g) => ({ group: g, screens: menu.filter((r) => r.group === g) })).filter((g) => g.screens.length > 0);
  const byDigit = groups.filter((g) => !GROUP_LETTERS[g.group]);
  const keyOf = (g: (typeof groups)[number]) => `Alt+${GROUP_LETTERS[g.group]?.toUpperCase() ?? (byDigit.indexOf(g) + 1) % 10}`;
  const active = groups.find((g) => g.group === route?.group);
  // Where the address is now, not at the last render: the same key pressed twice quickly moves two screens on.
  const open = (target: { screens: Route[] }) => {
    const now = location.hash ? routeAt(currentPath()) : route;
    const here = now ? target.screens.indexOf(now) : -1;
    const next = target.screens[(here + 1) % target.screens.length];
    if (next) navigate(next.path);
  };
  // On the window, before any screen's handler: a key pressed after clicking empty space (focus on the page body) still moves.
  useWindowKeydown(
    (e) => {
      const letter = e.key.toLowerCase();
      const target =
        !e.altKey || e.ctrlKey || route?.bare
          ? undefined
          : /^[0-9]$/.test(e.key)
            ? byDigit[(Number(e.key) + 9) % 10]
            : groups.find((g) => GROUP_LETTERS[g.group] === letter || (GROUP_LETTERS[g.group] && e.code === `Key${GROUP_LETTERS[g.group]?.toUpperCase()}`));
      if (!target) return;
      e.preventDefault();
      open(target);
    },
    { capture: true },
  );
  useEscapeBack();
  // At a desk the groups fill the top row in English and Hindi; who is signed in moves to the row of the group's screens.
  const wide = useWideScreen();
  // a phone's rows scroll sideways: each keeps where the reader is in view
  const menuRow = useActiveInView<HTMLElement>(route?.path);
  const screensRow = useActiveInView<HTMLElement>(route?.path);
  // the counter has its own header with who is signed in; its other screens (device queue, web orders, paper bills) do not
  const userBar = route?.path !== '/counter' && <UserBar session={props.session} onSwitchUser={props.onSwitchUser} />;
  // Bare screens (the customer display) open in their own window, not from the menu.
  if (route?.bare) return <div className="shell bare">{route.render(props)}</div>;
  return (
    <div className="shell">
      {menu.length > 1 && (
        <nav className="menu" aria-label="Screens" ref={menuRow}>
          {/* Alt is said once in front: with it on every tab the menu needs two rows at 1366 px */}
          <span className="menu-alt" aria-hidden="true">
            <kbd>Alt</kbd>+
          </span>
          {groups.map((g) => (
            <a key={g.group} href={`#${g.screens[0]?.path ?? ''}`} className={g === active ? 'active' : ''} title={keyOf(g)}>
              <kbd>
                <span className="alt-plus">Alt+</span>
                {keyOf(g).slice('Alt+'.length)}
              </kbd>{' '}
              {t(GROUP_LABELS[g.group])}
              {g.group === 'counter' && <NewOrdersBadge />}
            </a>
          ))}
          {atLeast(props.session.user.role, 'manager') && <NotificationBell />}
          {!wide && userBar}
        </nav>
      )}
      {active && (active.screens.length > 1 || (wide && userBar)) && (
        <nav className="submenu" aria-label={t(GROUP_LABELS[active.group])} ref={screensRow}>
          {active.screens.map((r) => (
            <a key={r.path} href={`#${r.path}`} className={r === route ? 'active' : ''} aria-current={r === route ? 'page' : undefined}>
              {t(r.label)}
              {r.path === '/orders' && <NewOrdersBadge />}
            </a>
          ))}
          {wide && userBar}
        </nav>
      )}
      <BackupAlertBanner role={props.session.user.role} onBackupsScreen={route?.path === '/settings/backups'} />
      <div className="screen">{route && <ScreenOrOffline route={route} props={props} offlineRoutes={allowed.filter((r) => r.offline && !r.bare)} />}</div>
    </div>
  );
}
