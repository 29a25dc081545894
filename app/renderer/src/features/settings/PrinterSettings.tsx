import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { PoleDisplayConfig, PrinterCheck } from '../../../../core/contract';
import { usePrinterStatusMutation, useTestPrintMutation } from '../../api/printing';
import { shopQueries, useUpdateShopMutation } from '../../api/shop';
import { useT, type StringKey } from '../../i18n/i18n';
import { CheckField, Panel, SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { configOf, draftOf, type Kind, type PrinterDraft } from './printer-draft';

type Pole = z.output<typeof PoleDisplayConfig>;
/** Each printer field's label, to name the one the schema refused. */
const LABELS: Record<string, StringKey> = {
  host: 'host',
  port: 'port',
  path: 'serialPath',
  baudRate: 'baud',
  queue: 'queue',
  vendorId: 'vendorId',
  productId: 'productId',
  width: 'paper',
  codePage: 'codePage',
  drawer: 'drawer',
  drawerPin: 'drawerPin',
  cut: 'cut',
  qr: 'qrMode',
  hindi: 'hindiMode',
};
const BAUDS = [9600, 19200, 38400, 57600, 115200] as const;

/**
 * The owner sets up the receipt printer: how it is connected, the paper, the drawer, Hindi and
 * the QR. F5 prints a test page with the settings on screen (nothing is saved), F6 asks the
 * printer how it is, F10 saves.
 */
export function PrinterSettings() {
  const { t } = useT();
  const toast = useToast();
  const shop = useQuery(shopQueries.get());
  const [draft, setDraft] = useState<PrinterDraft | null>(null);
  const [pole, setPole] = useState<Pole | null>(null);
  const [result, setResult] = useState<z.output<typeof PrinterCheck> | null>(null);
  const test = useTestPrintMutation();
  const status = usePrinterStatusMutation();
  const save = useUpdateShopMutation();

  useEffect(() => {
    if (shop.data && !draft) {
      setDraft(draftOf(shop.data.printer));
      setPole(shop.data.poleDisplay);
    }
  }, [shop.data, draft]);

  const config = draft ? configOf(draft) : null;
  const set = <K extends keyof PrinterDraft>(key: K, value: PrinterDraft[K]) => setDraft((d) => (d ? { ...d, [key]: value } : d));
  const busy = test.isPending || status.isPending || save.isPending;
  const actions = {
    test: () => {
      if (!config?.ok || config.printer.kind === 'none') return;
      test.mutate({ printer: config.printer }, { onSuccess: setResult });
    },
    status: () => status.mutate({}, { onSuccess: setResult }),
    save: () => {
      if (!config?.ok || !pole) return;
      save.mutate({ printer: config.printer, poleDisplay: pole }, { onSuccess: () => toast('ok', t('saved')) });
    },
  };

  useWindowKeydown((e: KeyboardEvent) => {
    const run = { F5: actions.test, F6: actions.status, F10: actions.save }[e.key];
    if (!run) return;
    e.preventDefault();
    if (!busy) run();
  });

  if (!draft || !pole) return <p className="hint">…</p>;
  const kinds: Array<{ value: Kind; label: string }> = [
    { value: 'none', label: t('connNone') },
    { value: 'tcp', label: t('connTcp') },
    { value: 'device', label: t('connDevice') },
    { value: 'spooler', label: t('connSpooler') },
    { value: 'serial', label: t('connSerial') },
    { value: 'usb', label: t('connUsb') },
  ];
  const on = draft.kind !== 'none';
  return (
    <div className="settings" data-testid="printer-settings">
      <Panel
        title={t('printerTitle')}
        actions={
          <>
            <button onClick={actions.test} disabled={busy || !on || !config?.ok}>
              <kbd>F5</kbd> {t('testPrint')}
            </button>
            <button onClick={actions.status} disabled={busy || shop.data?.printer.kind === 'none'}>
              <kbd>F6</kbd> {t('checkStatus')}
            </button>
            <button className="primary" onClick={actions.save} disabled={busy || !config?.ok}>
              <kbd>F10</kbd> {t('save')}
            </button>
          </>
        }
      >
        <div className="grid-form">
          <div className="span2">
            <SelectField label={t('connection')} name="kind" value={draft.kind} options={kinds} onChange={(v) => set('kind', v)} />
          </div>
          {draft.kind === 'tcp' && (
            <>
              <TextField label={t('host')} name="host" value={draft.host} placeholder="192.168.1.50" onChange={(v) => set('host', v)} />
              <TextField label={t('port')} name="port" value={draft.port} inputMode="numeric" onChange={(v) => set('port', v)} />
            </>
          )}
          {(draft.kind === 'serial' || draft.kind === 'device') && (
            <div className={draft.kind === 'device' ? 'span2' : ''}>
              <TextField label={t(draft.kind === 'serial' ? 'serialPath' : 'devicePath')} name="path" value={draft.path} onChange={(v) => set('path', v)} />
            </div>
          )}
          {draft.kind === 'serial' && (
            <SelectField
              label={t('baud')}
              value={draft.baudRate}
              options={BAUDS.map((b) => ({ value: b, label: String(b) }))}
              onChange={(v) => set('baudRate', v)}
            />
          )}
          {draft.kind === 'spooler' && (
            <div className="span2">
              <TextField label={t('queue')} name="queue" value={draft.queue} placeholder="POS-80" onChange={(v) => set('queue', v)} />
            </div>
          )}
          {draft.kind === 'usb' && (
            <>
              <TextField label={t('vendorId')} value={draft.vendorId} placeholder="0416" onChange={(v) => set('vendorId', v)} />
              <TextField label={t('productId')} value={draft.productId} placeholder="5011" onChange={(v) => set('productId', v)} />
            </>
          )}
          {on && (
            <>
              <SelectField
                label={t('paper')}
                name="width"
                value={draft.width}
                options={[
                  { value: 32, label: t('paper58') },
                  { value: 48, label: t('paper80') },
                ]}
                onChange={(v) => set('width', v)}
              />
              <SelectField
                label={t('hindiMode')}
                name="hindi"
                value={draft.hindi}
                options={[
                  { value: 'names', label: t('hindiNames') },
                  { value: 'receipt', label: t('hindiReceipt') },
                  { value: 'off', label: t('hindiOff') },
                ]}
                onChange={(v) => set('hindi', v)}
              />
              <SelectField
                label={t('drawer')}
                name="drawer"
                value={draft.drawer}
                options={[
                  { value: 'cash', label: t('drawerCash') },
                  { value: 'always', label: t('drawerAlways') },
                  { value: 'never', label: t('drawerNever') },
                ]}
                onChange={(v) => set('drawer', v)}
              />
              <SelectField
                label={t('drawerPin')}
                value={draft.drawerPin}
                options={[
                  { value: 2, label: t('drawerPinNo', { pin: 2 }) },
                  { value: 5, label: t('drawerPinNo', { pin: 5 }) },
                ]}
                onChange={(v) => set('drawerPin', v)}
              />
              <SelectField
                label={t('qrMode')}
                name="qr"
                value={draft.qr}
                options={[
                  { value: 'native', label: t('qrNative') },
                  { value: 'raster', label: t('qrRaster') },
                  { value: 'off', label: t('qrOff') },
                ]}
                onChange={(v) => set('qr', v)}
              />
              <SelectField
                label={t('cut')}
                value={draft.cut}
                options={[
                  { value: 'partial', label: t('cutPartial') },
                  { value: 'full', label: t('cutFull') },
                  { value: 'none', label: t('cutNone') },
                ]}
                onChange={(v) => set('cut', v)}
              />
              <SelectField
                label={t('codePage')}
                value={draft.codePage}
                options={[
                  { value: 'cp437', label: 'PC437 (USA)' },
                  { value: 'cp858', label: 'PC858 (€)' },
                  { value: 'win1252', label: 'Windows-1252' },
                ]}
                onChange={(v) => set('codePage', v)}
              />
              <CheckField label={t('askStatus')} checked={draft.askStatus} onChange={(v) => set('askStatus', v)} />
            </>
          )}
        </div>
        {config && !config.ok && (
          <p className="error">
            {t('checkValue', { field: t(config.field === 'path' && draft.kind === 'device' ? 'devicePath' : (LABELS[config.field] ?? 'printerTitle')) })}
          </p>
        )}
        {result && (
          <p className={result.ok ? 'result ok' : 'result bad'} role="status" data-testid="printer-result">
            {result.ok ? '✓' : '⚠'} {result.message} <small>({result.ms} ms)</small>
          </p>
        )}
      </Panel>
      <PoleSettings pole={pole} onChange={setPole} />
    </div>
  );
}

function PoleSettings({ pole, onChange }: { pole: Pole; onChange: (p: Pole) => void }) {
  const { t } = useT();
  const kinds = [
    { value: 'none', label: t('poleNone') },
    { value: 'serial', label: t('connSerial') },
    { value: 'tcp', label: t('connTcp') },
  ] as const;
  return (
    <Panel title={t('poleTitle')} side>
      <div>
        <SelectField
          label={t('connection')}
          value={pole.kind}
          options={kinds}
          onChange={(k) =>
            onChange(k === 'none' ? { kind: 'none' } : k === 'serial' ? { kind: 'serial', path: '', baudRate: 9600 } : { kind: 'tcp', host: '', port: 9100 })
          }
        />
        {pole.kind === 'serial' && <TextField label={t('serialPath')} value={pole.path} onChange={(path) => onChange({ ...pole, path })} />}
        {pole.kind === 'tcp' && <TextField label={t('host')} value={pole.host} onChange={(host) => onChange({ ...pole, host })} />}
      </div>
    </Panel>
  );
}
