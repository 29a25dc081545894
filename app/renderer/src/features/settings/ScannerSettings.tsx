import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import { ScannerSettings as Schema } from '../../../../core/contract';
import { shopQueries, useUpdateShopMutation } from '../../api/shop';
import { useT, type StringKey } from '../../i18n/i18n';
import { Panel, SelectField, TextField } from '../../ui/fields';
import { scannerConfig } from '../../ui/scanner/detector';
import { useScannerConfig } from '../../ui/scanner/useScanner';
import { useToast } from '../../ui/Toasts';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { ScanTestPanel } from './ScanTestPanel';

type Settings = z.output<typeof Schema>;
const BAUDS = [9600, 19200, 38400, 57600, 115200] as const;

/** Each draft field's label, to name the one the schema refused. */
const LABELS: Record<string, StringKey> = {
  prefix: 'prefixKey',
  suffixes: 'suffixKeys',
  minLength: 'minLength',
  avgGapMs: 'avgGap',
  maxGapMs: 'maxGap',
  serialPath: 'serialScanner',
  baudRate: 'baud',
  serialSuffix: 'serialSuffix',
};

const SERIAL_FIELDS: Record<string, string> = { path: 'serialPath', baudRate: 'baudRate', suffix: 'serialSuffix' };

/** The draft as text fields; parsed by the contract's schema, so the screen and the host agree. A refusal names the draft field. */
function parse(d: Record<string, string>): Settings | string {
  const r = Schema.safeParse({
    prefix: d.prefix?.trim() || null,
    suffixes: d.suffixes === 'Enter+Tab' ? ['Enter', 'Tab'] : [d.suffixes],
    minLength: Number(d.minLength),
    avgGapMs: Number(d.avgGapMs),
    maxGapMs: Number(d.maxGapMs),
    serial: d.serialPath?.trim() ? { path: d.serialPath.trim(), baudRate: Number(d.baudRate), suffix: d.serialSuffix } : null,
  });
  if (r.success) return r.data;
  const [first, second] = r.error.issues[0]?.path ?? [];
  return first === 'serial' ? (SERIAL_FIELDS[String(second)] ?? 'serialPath') : String(first);
}

function draftOf(s: Settings): Record<string, string> {
  return {
    prefix: s.prefix ?? '',
    suffixes: s.suffixes.length > 1 ? 'Enter+Tab' : (s.suffixes[0] ?? 'Enter'),
    minLength: String(s.minLength),
    avgGapMs: String(s.avgGapMs),
    maxGapMs: String(s.maxGapMs),
    serialPath: s.serial?.path ?? '',
    baudRate: String(s.serial?.baudRate ?? 9600),
    serialSuffix: s.serial?.suffix ?? 'CR',
  };
}

/** The owner tunes the scanner and sees, right below, what the unsaved settings make of each scan. F10 saves. */
export function ScannerSettingsScreen() {
  const { t } = useT();
  const toast = useToast();
  const shop = useQuery(shopQueries.get());
  const save = useUpdateShopMutation();
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    if (shop.data && !draft) setDraft(draftOf(shop.data.scanner));
  }, [shop.data, draft]);
  const parsed = draft ? parse(draft) : null;
  // The test panel restarts its detector only when a setting really changed, not on every render.
  const key = parsed && typeof parsed !== 'string' ? JSON.stringify(parsed) : '';
  const config = useMemo(() => (key ? scannerConfig(Schema.parse(JSON.parse(key))) : null), [key]);
  const submit = () => {
    if (!parsed || typeof parsed === 'string') return;
    save.mutate({ scanner: parsed }, { onSuccess: () => toast('ok', t('saved')) });
  };
  useWindowKeydown((e: KeyboardEvent) => {
    if (e.key !== 'F10') return;
    e.preventDefault();
    submit();
  });
  if (!draft) return <p className="hint">…</p>;
  const set = (key: string) => (v: string) => setDraft({ ...draft, [key]: v });
  return (
    <div className="settings" data-testid="scanner-settings">
      <Panel
        title={t('scannerTitle')}
        actions={
          <button className="primary" onClick={submit} disabled={save.isPending || typeof parsed === 'string'}>
            <kbd>F10</kbd> {t('save')}
          </button>
        }
      >
        <p className="hint">{t('scannerHelp')}</p>
        <div className="grid-form">
          <TextField label={t('prefixKey')} name="prefix" value={draft.prefix ?? ''} placeholder="F13" onChange={set('prefix')} />
          <SelectField
            label={t('suffixKeys')}
            value={draft.suffixes ?? 'Enter+Tab'}
            options={[
              { value: 'Enter+Tab', label: 'Enter / Tab' },
              { value: 'Enter', label: 'Enter' },
              { value: 'Tab', label: 'Tab' },
            ]}
            onChange={set('suffixes')}
          />
          <TextField label={t('minLength')} name="minLength" value={draft.minLength ?? ''} inputMode="numeric" onChange={set('minLength')} />
          <TextField label={t('avgGap')} name="avgGapMs" value={draft.avgGapMs ?? ''} inputMode="numeric" onChange={set('avgGapMs')} />
          <TextField label={t('maxGap')} name="maxGapMs" value={draft.maxGapMs ?? ''} inputMode="numeric" onChange={set('maxGapMs')} />
          <TextField label={t('serialScanner')} name="serialPath" value={draft.serialPath ?? ''} placeholder="COM4" onChange={set('serialPath')} />
          <SelectField
            label={t('baud')}
            value={draft.baudRate ?? '9600'}
            options={BAUDS.map((b) => ({ value: String(b), label: String(b) }))}
            onChange={set('baudRate')}
          />
          <SelectField
            label={t('serialSuffix')}
            value={draft.serialSuffix ?? 'CR'}
            options={[
              { value: 'CR', label: 'CR' },
              { value: 'LF', label: 'LF' },
              { value: 'CRLF', label: 'CR LF' },
            ]}
            onChange={set('serialSuffix')}
          />
        </div>
        {typeof parsed === 'string' && <p className="error">{t('checkValue', { field: t(LABELS[parsed] ?? 'scannerTitle') })}</p>}
      </Panel>
      {config && (
        <Panel title={t('scanTestTitle')}>
          <ScanTestPanel config={config} />
        </Panel>
      )}
    </div>
  );
}

/** Anyone at the counter can check the scanner with the saved settings. */
export function ScannerTestScreen() {
  const { t } = useT();
  const config = useScannerConfig();
  return (
    <div className="settings">
      <Panel title={t('scanTestTitle')}>
        <ScanTestPanel config={config} />
      </Panel>
    </div>
  );
}
