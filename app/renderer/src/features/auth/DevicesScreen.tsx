import type { Result } from '../../../../core/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime, formatTime } from '../../../../core/format';
import { syncQueries } from '../../api/sync';
import { authQueries, useNewDeviceCodeMutation, useRenameDeviceMutation, useRetireDeviceMutation } from '../../api/auth';
import type { ScreenProps } from '../../app/screen';
import { useT } from '../../i18n/i18n';
import { Panel, TextField } from '../../ui/fields';
import { BackOffice } from '../../ui/ScreenHead';
import { useToast } from '../../ui/Toasts';
import { CloudRelayPanel } from './CloudRelayPanel';
import { PairingPanel } from './PairingPanel';
import { LoadingTable } from '../../ui/DataTable';

type DeviceSync = Result<'sync.devices'>[number];

/** A device's sync as the counter sees it: connected now or when last, and its commands. */
function DeviceSyncCells({ sync }: { sync: DeviceSync | undefined }) {
  const { t } = useT();
  const last = !sync ? '' : sync.connected ? t('syncConnectedNow') : sync.lastSyncAt ? formatDateTime(sync.lastSyncAt) : t('syncNeverSynced');
  return (
    <>
      <td data-label={t('syncLastSync')} data-testid="device-last-sync">
        {last}
      </td>
      <td data-label={t('syncQueued')} data-testid="device-queue">
        {sync ? t('syncQueueCounts', { waiting: sync.waiting, applied: sync.applied, refused: sync.refused }) : ''}
      </td>
    </>
  );
}

/** Settings → Devices (manager, owner): the devices with their series and last use; a code for a new one; rename; retire (owner). */
export function DevicesScreen({ session }: ScreenProps) {
  const { t } = useT();
  const toast = useToast();
  const devices = useQuery(authQueries.devices());
  const synced = useQuery(syncQueries.devices());
  const syncOf = new Map((synced.data ?? []).map((d) => [d.deviceId, d]));
  const newCode = useNewDeviceCodeMutation();
  const rename = useRenameDeviceMutation();
  const retire = useRetireDeviceMutation();
  const [name, setName] = useState('');
  const [made, setMade] = useState<{ code: string; name: string; expiresAt: string } | null>(null);
  return (
    <BackOffice title={t('devicesTitle')} keys={[]}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return toast('error', t('fillName'));
          newCode.mutate({ name: name.trim() }, { onSuccess: (r) => (setMade(r), setName('')) });
        }}
      >
        <Panel
          title={t('newDeviceCode')}
          actions={
            <button type="submit" className="primary">
              {t('newDeviceCode')}
            </button>
          }
        >
          <p className="hint">{t('registerHowCode')}</p>
          <TextField label={t('deviceName')} name="new-device-name" value={name} onChange={setName} />
          {made && (
            <div className="recovery-code">
              <p>{t('codeFor', { name: made.name, until: formatTime(made.expiresAt) })}</p>
              <p className="code" data-testid="device-code">
                {made.code}
              </p>
            </div>
          )}
        </Panel>
      </form>
      <PairingPanel />
      {session.user.role === 'owner' && <CloudRelayPanel />}
      <LoadingTable
        query={devices}
        kind="grid"
        className="devices-table"
        testId="devices"
        scroll={null}
        head={
          <>
            <th>{t('deviceName')}</th>
            <th>{t('series')}</th>
            <th>{t('lastUsed')}</th>
            <th>{t('openSessions')}</th>
            <th>{t('syncLastSync')}</th>
            <th>{t('syncQueued')}</th>
            <th />
          </>
        }
      >
        {(devices.data ?? []).map((d) => (
          <tr key={d.id} data-device={d.name} className={d.retiredAt ? 'muted' : ''}>
            <td>
              <input
                aria-label={t('deviceName')}
                defaultValue={d.name}
                disabled={d.retiredAt !== null}
                onBlur={(e) => {
                  const next = e.target.value.trim();
                  if (next && next !== d.name) rename.mutate({ id: d.id, name: next }, { onSuccess: () => toast('ok', t('saved')) });
                }}
              />
              {d.id === session.device.id && <small> · {t('thisDevice')}</small>}
            </td>
            <td data-label={t('series')}>{d.code}</td>
            <td data-label={t('lastUsed')}>{d.lastUsedAt ? formatDateTime(d.lastUsedAt) : t('never')}</td>
            <td className="num" data-label={t('openSessions')}>
              {d.sessions}
            </td>
            <DeviceSyncCells sync={d.retiredAt ? undefined : syncOf.get(d.id)} />
            <td>
              {d.retiredAt ? (
                t('retired')
              ) : session.user.role === 'owner' && d.id !== session.device.id ? (
                <button
                  className="danger"
                  onClick={() =>
                    window.confirm(t('retireConfirm', { name: d.name, code: d.code })) &&
                    retire.mutate({ id: d.id }, { onSuccess: (r) => toast('ok', t('sessionsEnded', { n: r.endedSessions })) })
                  }
                >
                  {t('retireButton')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </LoadingTable>
    </BackOffice>
  );
}
