import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { WebShopSettings as Settings } from '../../../../core/contract/areas/orders';
import { formatAmount, parseRupees } from '../../../../core/format';
import { saveFile } from '../../api/files';
import { ordersQueries, usePosterMutation, useSaveWebShopSettingsMutation } from '../../api/orders';
import { useT } from '../../i18n/i18n';
import type { StringKey } from '../../i18n/i18n';
import { CheckField, FormActions, FormProblem, Panel, TextField } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { showToast } from '../../ui/Toasts';
import { useCatalogLink } from './catalog-link';
import { CatalogLinkPanel } from './CatalogLink';

const rupees = (paise: number | null) => (paise === null ? '' : formatAmount(paise).replace(/,/g, ''));
const slotText = (s: Settings) => s.slots.map((x) => `${x.label} | ${x.labelHi}`).join('\n');

function Form({ saved }: { saved: Settings }) {
  const { t } = useT();
  const save = useSaveWebShopSettingsMutation();
  const [s, setS] = useState(saved);
  const [money, setMoney] = useState({ min: rupees(saved.minOrderPaise), fee: rupees(saved.deliveryFeePaise), free: rupees(saved.freeDeliveryFromPaise) });
  const [slots, setSlots] = useState(slotText(saved));
  const [error, setError] = useState('');
  const set =
    <K extends keyof Settings>(k: K) =>
    (v: Settings[K]) =>
      setS({ ...s, [k]: v });
  const submit = () => {
    const amount = (text: string, label: StringKey) => {
      const paise = parseRupees(text || '0');
      if (paise === undefined || paise < 0) throw new Error(t('wsAmountBad', { field: t(label) }));
      return paise;
    };
    try {
      const lines = slots
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const next: Settings = {
        ...s,
        minOrderPaise: amount(money.min, 'wsMinField'),
        deliveryFeePaise: amount(money.fee, 'wsFeeField'),
        freeDeliveryFromPaise: money.free.trim() ? amount(money.free, 'wsFreeField') : null,
        slots: lines.slice(0, 12).map((l, i) => {
          const [en = '', hi = ''] = l.split('|').map((x) => x.trim().slice(0, 40));
          return { id: `slot-${i + 1}`, label: en || hi, labelHi: hi || en };
        }),
      };
      setError('');
      save.mutate(next, { onSuccess: () => showToast('ok', t('wsSaved')) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Panel title={t('wsSettingsTitle')}>
        <CheckField label={t('wsEnabled')} checked={s.enabled} onChange={set('enabled')} />
        <TextField label={t('wsHoursField')} value={s.hours} onChange={set('hours')} name="hours" />
        <TextField label={t('wsAreaField')} value={s.deliveryArea} onChange={set('deliveryArea')} name="deliveryArea" />
        <CheckField label={t('wsPickupField')} checked={s.pickup} onChange={set('pickup')} />
        <CheckField label={t('wsDeliveryField')} checked={s.delivery} onChange={set('delivery')} />
        <CheckField label={t('wsCodField')} checked={s.cashOnDelivery} onChange={set('cashOnDelivery')} />
        <TextField label={t('wsMinField')} value={money.min} inputMode="numeric" name="minOrder" onChange={(v) => setMoney({ ...money, min: v })} />
        <TextField label={t('wsFeeField')} value={money.fee} inputMode="numeric" name="deliveryFee" onChange={(v) => setMoney({ ...money, fee: v })} />
        <TextField label={t('wsFreeField')} value={money.free} inputMode="numeric" name="freeFrom" onChange={(v) => setMoney({ ...money, free: v })} />
        <label className="field">
          <span>{t('wsSlotsField')}</span>
          <textarea name="slots" rows={4} value={slots} onChange={(e) => setSlots(e.target.value)} />
        </label>
        <FormProblem text={error} />
        <FormActions submitLabel={t('save')} pending={save.isPending} />
      </Panel>
    </form>
  );
}

/** The shop-wall poster: a QR of the catalog's address, in English or Hindi, saved as a PDF to print. */
function Poster({ initial }: { initial: string }) {
  const { t } = useT();
  const poster = usePosterMutation();
  const [url, setUrl] = useState(initial);
  const make = (lang: 'en' | 'hi') => poster.mutate({ lang, url: url.trim() }, { onSuccess: saveFile });
  return (
    <Panel title={t('wsPosterTitle')}>
      <TextField label={t('wsPosterUrl')} value={url} onChange={setUrl} name="posterUrl" />
      <div className="actions wrap">
        <button type="button" disabled={poster.isPending} onClick={() => make('en')}>
          {t('wsPosterEn')}
        </button>
        <button type="button" disabled={poster.isPending} onClick={() => make('hi')}>
          {t('wsPosterHi')}
        </button>
      </div>
    </Panel>
  );
}

/** Settings → Web shop: what the customer catalog shows and the rules an order must meet. */
export function WebShopSettingsScreen() {
  const settings = useQuery(ordersQueries.settings());
  const link = useCatalogLink();
  return (
    <Loading query={settings}>
      {() =>
        settings.data && (
          <>
            <CatalogLinkPanel link={link} />
            <Form saved={settings.data} />
            {/* The poster starts from the link to share: the relay's once it is published. */}
            <Poster key={link.shared ?? ''} initial={link.shared ?? ''} />
          </>
        )
      }
    </Loading>
  );
}
