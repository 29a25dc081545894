import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { syncQueries, useSetCloudMutation } from '../../api/sync';
import { useT } from '../../i18n/i18n';
import { Panel, SubmitButton, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';

const RELAY_URL = /^wss?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/;

/** Settings → Devices (owner): the cloud relay the counter bridges the shop's documents to. */
export function CloudRelayPanel() {
  const { t } = useT();
  const toast = useToast();
  const cloud = useQuery(syncQueries.cloud());
  const setCloud = useSetCloudMutation();
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const status = cloud.data;
  return (
    <form
      aria-label={t('syncCloudTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!RELAY_URL.test(url.trim())) return toast('error', t('syncCloudFillUrl'));
        if (!secret.trim()) return toast('error', t('syncCloudFillSecret'));
        setCloud.mutate(
          { relayUrl: url.trim(), secret: secret.trim() },
          {
            onSuccess: () => {
              setSecret('');
              toast('ok', t('syncCloudSaved'));
              void cloud.refetch();
            },
          },
        );
      }}
    >
      <Panel
        title={t('syncCloudTitle')}
        actions={
          <>
            <SubmitButton pending={setCloud.isPending}>{t('syncCloudSave')}</SubmitButton>
            {status?.relayUrl && (
              <button type="button" onClick={() => setCloud.mutate({ relayUrl: null }, { onSuccess: () => void cloud.refetch() })}>
                {t('syncCloudStop')}
              </button>
            )}
          </>
        }
      >
        <p className="hint">{t('syncCloudHow')}</p>
        <p data-testid="cloud-status">
          {!status?.relayUrl
            ? t('syncCloudOff')
            : status.connected
              ? t('syncCloudConnected', { url: status.relayUrl, n: status.documents })
              : t('syncCloudWaiting', { url: status.relayUrl })}
        </p>
        <TextField label={t('syncCloudUrl')} name="cloud-relay-url" value={url} onChange={setUrl} placeholder="wss://relay.example.in/sync" />
        <TextField label={t('syncCloudSecret')} name="cloud-relay-secret" value={secret} onChange={setSecret} />
      </Panel>
    </form>
  );
}
