import { useQuery } from '@tanstack/react-query';
import { inventoryQueries, useUpdateStockSettingsMutation } from '../../api/inventory';
import { useT } from '../../i18n/i18n';
import { Panel, SubmitButton } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';

/** The owner's stock settings: negative stock, valuation, expiry alerts, the scale's label layout, the label prefix. */
export function StockSettingsPanel() {
  const { t } = useT();
  const toast = useToast();
  const settings = useQuery(inventoryQueries.settings());
  const save = useUpdateStockSettingsMutation();
  const s = settings.data;
  if (!s) return null;
  return (
    <form
      className="settings"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const get = (k: string) => String(f.get(k) ?? '');
        save.mutate(
          {
            negativeStock: get('negativeStock') as 'warn' | 'block',
            valuation: get('valuation') as 'wavg' | 'fifo',
            expiryAlertDays: Number(get('expiryAlertDays')),
            labelPrefix: get('labelPrefix'),
            scale: {
              enabled: f.get('scaleOn') === 'on',
              prefixes: get('prefixes')
                .split(/[\s,]+/)
                .filter(Boolean),
              pluDigits: Number(get('pluDigits')),
              valueDigits: Number(get('valueDigits')),
              value: get('scaleValue') as 'weight' | 'price',
            },
          },
          { onSuccess: () => toast('ok', t('saved')) },
        );
      }}
    >
      <Panel title={t('navInventory')} actions={<SubmitButton pending={save.isPending}>{t('save')}</SubmitButton>}>
        <label className="field">
          <span>{t('negativeStock')}</span>
          <select name="negativeStock" defaultValue={s.negativeStock}>
            <option value="warn">{t('negWarn')}</option>
            <option value="block">{t('negBlock')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('valuationMethod')}</span>
          <select name="valuation" defaultValue={s.valuation}>
            <option value="wavg">{t('wavg')}</option>
            <option value="fifo">{t('fifo')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('expiryAlertDays')}</span>
          <input name="expiryAlertDays" defaultValue={s.expiryAlertDays} inputMode="numeric" />
        </label>
        <label className="field">
          <span>{t('labelPrefix')}</span>
          <input name="labelPrefix" defaultValue={s.labelPrefix} inputMode="numeric" />
        </label>
      </Panel>
      <Panel title={t('scaleLabels')} side>
        <label className="check">
          <input type="checkbox" name="scaleOn" defaultChecked={s.scale.enabled} />
          <span>{t('scaleLabels')}</span>
        </label>
        <label className="field">
          <span>{t('scalePrefixes')}</span>
          <input name="prefixes" defaultValue={s.scale.prefixes.join(' ')} />
        </label>
        <label className="field">
          <span>{t('pluDigits')}</span>
          <input name="pluDigits" defaultValue={s.scale.pluDigits} inputMode="numeric" />
        </label>
        <label className="field">
          <span>{t('valueDigits')}</span>
          <input name="valueDigits" defaultValue={s.scale.valueDigits} inputMode="numeric" />
        </label>
        <label className="field">
          <span>{t('scaleValue')}</span>
          <select name="scaleValue" defaultValue={s.scale.value}>
            <option value="weight">{t('scaleWeight')}</option>
            <option value="price">{t('scalePrice')}</option>
          </select>
        </label>
      </Panel>
    </form>
  );
}
