import { atLeast } from '../../../core/contract';
import { navigate, usePath } from './router';
import { ROUTES, type ScreenProps } from './routes';
import { useT } from '../i18n/i18n';

/**
 * The signed-in app: the screen for the current path, with a menu of the screens this user may
 * open (Alt+1…9). The counter screen draws its own header; others get the menu bar.
 */
export function Shell(props: ScreenProps) {
  const { t } = useT();
  const path = usePath();
  const allowed = ROUTES.filter((r) => atLeast(props.session.user.role, r.minRole));
  // Bare screens (the customer display) open in their own window, not from the menu.
  const menu = allowed.filter((r) => !r.bare);
  const route = allowed.find((r) => path === r.path || path.startsWith(`${r.path}/`) || path.startsWith(`${r.path}?`)) ?? allowed[0];
  if (route?.bare) return <div className="shell bare">{route.render(props)}</div>;
  return (
    <div
      className="shell"
      onKeyDown={(e) => {
        const n = Number(e.key);
        const target = e.altKey ? menu[n - 1] : undefined;
        if (target) {
          e.preventDefault();
          navigate(target.path);
        }
      }}
    >
      {menu.length > 1 && (
        <nav className="menu" aria-label="Screens">
          {menu.map((r, i) => (
            <a key={r.path} href={`#${r.path}`} className={r === route ? 'active' : ''}>
              <kbd>Alt+{i + 1}</kbd> {t(r.label)}
            </a>
          ))}
        </nav>
      )}
      <div className="screen">{route?.render(props)}</div>
    </div>
  );
}
