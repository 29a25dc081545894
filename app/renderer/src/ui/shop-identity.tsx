import type { z } from 'zod';
import type { ShopDraft } from '../../../core/contract';
import { stateNameIn } from '../../../core/i18n';
import { useT } from '../i18n/i18n';
import { QrCode } from './QrCode';
import { SelectField, TextField } from './fields';

export type IdentityDraft = z.input<typeof ShopDraft>;
type Patch = (p: Partial<IdentityDraft>) => void;

export const EMPTY_DRAFT: IdentityDraft = {
  name: '',
  legalName: '',
  address: '',
  stateCode: '',
  phone: '',
  registration: 'regular',
  gstin: '',
  upiVpa: '',
  upiPayee: '',
  saleSeries: null,
  creditNoteSeries: null,
};

/** The shop's name, address, state and phone (the set-up's first step, Settings → Shop's first part). */
export function ShopNameFields({ d, set, states }: { d: IdentityDraft; set: Patch; states: ReadonlyArray<{ code: string; name: string }> }) {
  const { t, lang } = useT();
  return (
    <>
      <TextField name="shopName" label={t('shopName')} value={d.name} onChange={(name) => set({ name })} />
      <TextField name="legalName" label={t('legalName')} value={d.legalName} onChange={(legalName) => set({ legalName })} />
      <TextField name="address" label={t('address')} value={d.address} onChange={(address) => set({ address })} />
      <SelectField
        name="stateCode"
        label={t('shopState')}
        value={d.stateCode}
        options={[{ value: '', label: t('chooseState') }, ...states.map((s) => ({ value: s.code, label: `${s.code} · ${stateNameIn(s.code, lang)}` }))]}
        onChange={(stateCode) => set({ stateCode })}
      />
      <TextField name="phone" label={t('phone')} value={d.phone} inputMode="numeric" onChange={(phone) => set({ phone })} />
    </>
  );
}

const REGISTRATIONS = [
  ['regular', 'regRegular'],
  ['composition', 'regComposition'],
  ['unregistered', 'regUnregistered'],
] as const;

/** The PAN inside a GSTIN of the right shape (its check character is the host's to check), shown as it is typed. */
const GSTIN_SHAPE = /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;
export const panIn = (gstin: string | null | undefined): string | null => (gstin && GSTIN_SHAPE.test(gstin) ? gstin.slice(2, 12) : null);

/** Regular, composition or not registered; the GSTIN, its PAN and the financial year. */
export function GstFields({ d, set, pan: checkedPan, fyLabel }: { d: IdentityDraft; set: Patch; pan: string | null; fyLabel: string }) {
  const { t } = useT();
  const pan = d.gstin ? panIn(d.gstin) : checkedPan;
  return (
    <>
      <fieldset className="choices">
        <legend>{t('registration')}</legend>
        {REGISTRATIONS.map(([value, label]) => (
          <label key={value} className={`choice ${d.registration === value ? 'picked' : ''}`}>
            <input type="radio" name="registration" value={value} checked={d.registration === value} onChange={() => set({ registration: value })} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      {d.registration !== 'unregistered' && (
        <TextField name="gstin" label={t('shopGstin')} value={d.gstin ?? ''} onChange={(gstin) => set({ gstin: gstin.toUpperCase() })} />
      )}
      {pan && d.registration !== 'unregistered' && (
        <p className="hint" data-testid="pan">
          {t('panIs', { pan })}
        </p>
      )}
      <p className="hint">{t('financialYear', { fy: fyLabel })}</p>
    </>
  );
}

/** The UPI ID and payee name, with a test QR (no amount) to scan with a phone. */
export function UpiFields({ d, set, testLink, onTest }: { d: IdentityDraft; set: Patch; testLink: string | null; onTest: () => void }) {
  const { t } = useT();
  return (
    <>
      <TextField name="upiVpa" label={t('upiVpa')} value={d.upiVpa ?? ''} onChange={(upiVpa) => set({ upiVpa: upiVpa.trim() })} />
      <TextField name="upiPayee" label={t('upiPayee')} value={d.upiPayee} onChange={(upiPayee) => set({ upiPayee })} />
      <button type="button" className="ghost" onClick={onTest} disabled={!d.upiVpa}>
        {t('showTestQr')}
      </button>
      {testLink && (
        <figure className="upi-test">
          <QrCode data={testLink} label={t('upiTest')} className="setup-qr" testId="upi-test-qr" />
          <figcaption>{t('upiTest')}</figcaption>
        </figure>
      )}
    </>
  );
}

/** The shop's own bill and credit-note series (prefix and next number), or each counter's. */
export function NumberFields({ d, set, first }: { d: IdentityDraft; set: Patch; first: { sale: string | null; note: string | null } }) {
  const { t } = useT();
  const own = d.saleSeries !== null;
  return (
    <>
      <p className="hint">{t('numbersHint')}</p>
      <fieldset className="choices">
        <label className={`choice ${own ? '' : 'picked'}`}>
          <input type="radio" name="numbering" checked={!own} onChange={() => set({ saleSeries: null, creditNoteSeries: null })} />
          {t('counterSeries')}
        </label>
        <label className={`choice ${own ? 'picked' : ''}`}>
          <input
            type="radio"
            name="numbering"
            checked={own}
            onChange={() => set({ saleSeries: { prefix: '', next: '1' }, creditNoteSeries: { prefix: '', next: '1' } })}
          />
          {t('ownSeries')}
        </label>
      </fieldset>
      {d.saleSeries && (
        <div className="series-row">
          <TextField
            name="salePrefix"
            label={t('salePrefix')}
            value={d.saleSeries.prefix}
            onChange={(prefix) => set({ saleSeries: { prefix, next: d.saleSeries?.next ?? '1' } })}
          />
          <TextField
            name="saleNext"
            label={t('saleNext')}
            inputMode="numeric"
            value={d.saleSeries.next}
            onChange={(next) => set({ saleSeries: { prefix: d.saleSeries?.prefix ?? '', next } })}
          />
        </div>
      )}
      {d.creditNoteSeries && (
        <div className="series-row">
          <TextField
            name="creditNotePrefix"
            label={t('creditNotePrefix')}
            value={d.creditNoteSeries.prefix}
            onChange={(prefix) => set({ creditNoteSeries: { prefix, next: d.creditNoteSeries?.next ?? '1' } })}
          />
          <TextField
            name="creditNoteNext"
            label={t('creditNoteNext')}
            inputMode="numeric"
            value={d.creditNoteSeries.next}
            onChange={(next) => set({ creditNoteSeries: { prefix: d.creditNoteSeries?.prefix ?? '', next } })}
          />
        </div>
      )}
      {first.sale && (
        <p className="hint" data-testid="first-bill">
          {t('firstBillWillBe', { number: first.sale })}
        </p>
      )}
      {first.note && <p className="hint">{t('firstNoteWillBe', { number: first.note })}</p>}
    </>
  );
}
