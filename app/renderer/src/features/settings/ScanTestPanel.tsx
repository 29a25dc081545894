import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { CameraButton } from '../../ui/scanner/CameraScanner';
import type { ScannerConfig } from '../../ui/scanner/detector';
import { useScanner, type ScanDetail } from '../../ui/scanner/useScanner';

interface Seen extends ScanDetail {
  code: string;
  at: string;
}

/**
 * Shows each scan the detector recognised, with how its keys came, so the owner can tune the
 * timings: a person typing in the box below must never show up here.
 */
export function ScanTestPanel({ config }: { config: ScannerConfig }) {
  const { t } = useT();
  const [seen, setSeen] = useState<Seen[]>([]);
  const [typed, setTyped] = useState('');
  const add = (code: string, detail: ScanDetail) =>
    setSeen((s) => [{ code, ...detail, at: new Date().toLocaleTimeString('en-IN', { hour12: false }) }, ...s].slice(0, 12));
  useScanner(add, config);
  return (
    <div className="scan-test" data-testid="scan-test">
      <p className="hint">{t('scanTestHelp')}</p>
      <div className="scan-test-input">
        <label className="field">
          <span>{t('typeHere')}</span>
          <input aria-label={t('typeHere')} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
        </label>
        <CameraButton onCode={(code) => add(code, { source: 'camera' })} />
      </div>
      {seen.length === 0 ? (
        <p className="cart-empty small">{t('noScansYet')}</p>
      ) : (
        <table className="cart scans">
          <thead>
            <tr>
              <th>{t('barcode')}</th>
              <th>{t('source')}</th>
              <th className="num">{t('totalMs')}</th>
              <th className="num">{t('avgMs')}</th>
              <th className="num">{t('maxMs')}</th>
              <th>{t('detectedBy')}</th>
              <th>{t('time')}</th>
            </tr>
          </thead>
          <tbody>
            {seen.map((s, i) => (
              <tr key={`${s.at}-${i}`} data-testid="scan-row">
                <td className="code">{s.code}</td>
                <td>{s.source}</td>
                <td className="num">{s.timing?.totalMs ?? '—'}</td>
                <td className="num">{s.timing?.avgGapMs ?? '—'}</td>
                <td className="num">{s.timing?.maxGapMs ?? '—'}</td>
                <td>{s.timing?.by ?? '—'}</td>
                <td>{s.at}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
