import { useLogoutMutation } from '../api/auth';
import { ROLE_WORDS } from '../ui/roles';
import type { Session } from '../api/session';
import { useT } from '../i18n/i18n';

/** Who is signed in, the language, switch user and log out: on every screen of the menu. */
export function UserBar({ session, onSwitchUser }: { session: Session; onSwitchUser: () => void }) {
  const { t, toggle } = useT();
  const logout = useLogoutMutation({ meta: { showError: false } });
  return (
    <div className="user-bar">
      <span className="user-name" data-testid="signed-in-user">
        {session.user.name} · {t(ROLE_WORDS[session.user.role])}
      </span>
      <button type="button" className="ghost small" onClick={toggle}>
        {t('language')}
      </button>
      <button type="button" className="ghost small" onClick={onSwitchUser}>
        {t('switchUser')}
      </button>
      <button type="button" className="ghost small" onClick={() => logout.mutate({}, { onSettled: onSwitchUser })}>
        {t('logOut')}
      </button>
    </div>
  );
}
