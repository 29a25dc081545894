import { useQuery } from '@tanstack/react-query';
import { authQueries } from '../../api/auth';
import { useT } from '../../i18n/i18n';
import { Panel } from '../../ui/fields';
import { QrCode } from '../../ui/QrCode';

/**
 * How a tablet reaches and trusts this host: a QR of the HTTPS address with the shop CA's
 * fingerprint (`fp`), the fingerprint in words to compare, and the certificate to install.
 */
export function PairingPanel() {
  const { t } = useT();
  const pairing = useQuery(authQueries.pairing());
  const p = pairing.data;
  return (
    <Panel title={t('pairTitle')}>
      {p?.url && p.caFingerprint ? (
        <div data-testid="pairing">
          <QrCode data={`${p.url}/?fp=${p.caFingerprint.replace(/:/g, '')}`} label={t('pairTitle')} className="pairing-qr" testId="pairing-qr" />
          <p>{p.url}</p>
          <p className="hint">{t('pairHow')}</p>
          <p className="code" data-testid="pairing-fingerprint">
            {p.caFingerprint}
          </p>
          {p.caCertUrl && <a href={p.caCertUrl}>{t('pairCert')}</a>}
        </div>
      ) : (
        <p className="hint">{t('pairOff')}</p>
      )}
    </Panel>
  );
}
