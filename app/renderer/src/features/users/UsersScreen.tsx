import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLES, type Role } from '../../../../core/contract';
import { formatDateTime } from '../../../../core/format';
import {
  useDeactivateUserMutation,
  useReactivateUserMutation,
  useRenameUserMutation,
  useResetPinMutation,
  useSetRoleMutation,
  useUnlockUserMutation,
  usersQueries,
} from '../../api/users';
import { useT } from '../../i18n/i18n';
import { BackOffice } from '../../ui/ScreenHead';
import { useToast } from '../../ui/Toasts';
import { AddUser } from './AddUser';
import { RecoveryPanel } from './RecoveryPanel';
import { SessionsPanel } from './SessionsPanel';
import { NEW_PIN } from '../../ui/PinFields';
import { ROLE_WORDS } from '../../ui/roles';
import { LoadingTable } from '../../ui/DataTable';

/** Settings → Users (owner): add, rename, role, deactivate, new PIN, unlock; open sessions; the recovery code. */
export function UsersScreen() {
  const { t } = useT();
  const toast = useToast();
  const list = useQuery(usersQueries.list());
  const rename = useRenameUserMutation();
  const setRole = useSetRoleMutation();
  const deactivate = useDeactivateUserMutation();
  const reactivate = useReactivateUserMutation();
  const resetPin = useResetPinMutation();
  const unlock = useUnlockUserMutation();
  const [pinFor, setPinFor] = useState<string | null>(null);
  const [newPin, setNewPin] = useState('');
  return (
    <BackOffice title={t('usersTitle')} keys={[]}>
      <AddUser />
      <LoadingTable
        query={list}
        kind="grid"
        className="stacks"
        testId="users"
        scroll={null}
        head={
          <>
            <th>{t('userName')}</th>
            <th>{t('role')}</th>
            <th>{t('userStatus')}</th>
            <th>{t('openSessions')}</th>
            <th />
          </>
        }
      >
        {(list.data?.users ?? []).map((u) => (
          <tr key={u.id} data-user={u.name}>
            <td data-label={t('userName')}>
              <input
                aria-label={t('userName')}
                defaultValue={u.name}
                onBlur={(e) => {
                  const name = e.target.value.trim();
                  if (name && name !== u.name) rename.mutate({ id: u.id, name }, { onSuccess: () => toast('ok', t('saved')) });
                }}
              />
            </td>
            <td data-label={t('role')}>
              <select
                aria-label={t('role')}
                value={u.role}
                onChange={(e) => setRole.mutate({ id: u.id, role: roleOf(e.target.value, u.role) }, { onSuccess: () => toast('ok', t('saved')) })}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(ROLE_WORDS[r])}
                  </option>
                ))}
              </select>
            </td>
            <td data-label={t('userStatus')}>
              {!u.active ? t('inactive') : u.lockedUntil ? t('lockedUntil', { until: formatDateTime(u.lockedUntil) }) : t('userActive')}
            </td>
            <td className="num" data-label={t('openSessions')}>
              {u.sessions}
            </td>
            <td className="row-actions">
              {u.lockedUntil && <button onClick={() => unlock.mutate({ id: u.id }, { onSuccess: () => toast('ok', t('saved')) })}>{t('unlock')}</button>}
              {pinFor === u.id ? (
                <form
                  className="inline"
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (!NEW_PIN.test(newPin)) return toast('error', t('pinShape'));
                    resetPin.mutate(
                      { id: u.id, pin: newPin },
                      { onSuccess: (r) => (toast('ok', t('sessionsEnded', { n: r.endedSessions })), setPinFor(null), setNewPin('')) },
                    );
                  }}
                >
                  <input
                    aria-label={t('newPin')}
                    name="reset-pin"
                    type="password"
                    inputMode="numeric"
                    autoFocus
                    value={newPin}
                    onChange={(e) => setNewPin(e.target.value)}
                  />
                  <button type="submit">{t('save')}</button>
                </form>
              ) : (
                <button onClick={() => (setPinFor(u.id), setNewPin(''))}>{t('resetPin')}</button>
              )}
              {u.active ? (
                <button
                  className="danger"
                  onClick={() =>
                    window.confirm(t('deactivateConfirm', { name: u.name })) &&
                    deactivate.mutate({ id: u.id }, { onSuccess: (r) => toast('ok', t('sessionsEnded', { n: r.endedSessions })) })
                  }
                >
                  {t('deactivate')}
                </button>
              ) : (
                <button onClick={() => reactivate.mutate({ id: u.id })}>{t('reactivate')}</button>
              )}
            </td>
          </tr>
        ))}
      </LoadingTable>
      <SessionsPanel />
      <RecoveryPanel madeAt={list.data?.recoveryCodeAt ?? null} />
    </BackOffice>
  );
}

const roleOf = (value: string, fallback: Role): Role => ROLES.find((r) => r === value) ?? fallback;
