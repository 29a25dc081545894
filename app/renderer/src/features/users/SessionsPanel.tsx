import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '../../../../core/format';
import { useEndSessionMutation, usersQueries } from '../../api/users';
import { useT } from '../../i18n/i18n';
import { Panel } from '../../ui/fields';
import { ROLE_WORDS } from '../../ui/roles';
import { LoadingTable } from '../../ui/DataTable';

/** Who is logged in where, until when; the owner ends any session but this one. */
export function SessionsPanel() {
  const { t } = useT();
  const sessions = useQuery(usersQueries.sessions());
  const end = useEndSessionMutation();
  return (
    <Panel title={t('sessionsTitle')}>
      <LoadingTable
        query={sessions}
        kind="grid"
        className="stacks"
        testId="sessions"
        scroll={null}
        head={
          <>
            <th>{t('userName')}</th>
            <th>{t('device')}</th>
            <th>{t('since')}</th>
            <th>{t('lastUsed')}</th>
            <th>{t('endsAt')}</th>
            <th />
          </>
        }
      >
        {(sessions.data ?? []).map((s) => (
          <tr key={s.id}>
            <td data-label={t('userName')}>
              {s.userName} · {t(ROLE_WORDS[s.role])}
            </td>
            <td data-label={t('device')}>
              {s.deviceName} ({s.deviceCode})
            </td>
            <td data-label={t('since')}>{formatDateTime(s.createdAt)}</td>
            <td data-label={t('lastUsed')}>{formatDateTime(s.lastSeenAt)}</td>
            <td data-label={t('endsAt')}>{formatDateTime(s.endsAt)}</td>
            <td>{s.mine ? t('mySession') : <button onClick={() => end.mutate({ id: s.id })}>{t('endSession')}</button>}</td>
          </tr>
        ))}
      </LoadingTable>
    </Panel>
  );
}
