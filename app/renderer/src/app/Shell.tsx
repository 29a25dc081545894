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
  const route = allowed.find((r) => path === r.path || path.startsWith(`${r.path}/`)) ?? allowed[0];
  return (
    <div
      className="shell"
      onKeyDown={(e) => {
        const n = Number(e.key);
        const target = e.altKey ? allowed[n - 1] : undefined;
        if (target) {
          e.preventDefault();
          navigate(target.path);
        }
      }}
    >
      {allowed.length > 1 && (
        <nav className="menu" aria-label="Screens">
          {allowed.map((r, i) => (
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
