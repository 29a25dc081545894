import { useState, type FormEvent } from 'react';
import type { Result } from '../../../../core/contract';
import { useCheckSetupMutation, useSetupShopMutation } from '../../api/shop';
import { useT, type StringKey } from '../../i18n/i18n';
import { useErrorText } from '../../ui/errors';
import { FormProblem, TextField } from '../../ui/fields';
import { PinField } from '../../ui/PinFields';
import { EMPTY_DRAFT, GstFields, NumberFields, ShopNameFields, UpiFields, type IdentityDraft } from '../../ui/shop-identity';
import { RecoveryStep } from './RecoveryStep';

const STEPS: StringKey[] = ['stepShop', 'stepGst', 'stepUpi', 'stepNumbers', 'stepStart', 'stepOwner', 'recoveryStep'];
/** The last step that asks for anything: Finish sets the shop up; the recovery code follows. */
const OWNER_STEP = 5;

/** What each step hands the host to check before moving on (the host names the field it refuses). */
function stepFields(step: number, d: IdentityDraft): Partial<IdentityDraft> {
  if (step === 0) return { name: d.name, legalName: d.legalName, address: d.address, stateCode: d.stateCode, phone: d.phone };
  if (step === 1) return { registration: d.registration, gstin: d.gstin, stateCode: d.stateCode };
  if (step === 2) return { upiVpa: d.upiVpa, upiPayee: d.upiPayee, name: d.name };
  if (step === 3) return { saleSeries: d.saleSeries, creditNoteSeries: d.creditNoteSeries };
  return {};
}

/**
 * The real shop's set-up, a step at a time: shop, GST, UPI, bill numbers, printer and goods, owner.
 * Each Next asks the host to check the step (nothing is saved); Finish sets the shop up in one call.
 */
export function SetupWizard({
  fyLabel,
  states,
  onDone,
  onCancel,
}: {
  fyLabel: string;
  states: ReadonlyArray<{ code: string; name: string }>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useT();
  const errorText = useErrorText();
  const [step, setStep] = useState(0);
  const [d, setD] = useState<IdentityDraft>(EMPTY_DRAFT);
  const [catalogue, setCatalogue] = useState<'empty' | 'demo'>('empty');
  const [owner, setOwner] = useState({ name: '', pin: '', again: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [recovery, setRecovery] = useState<Result<'shop.setup'>['recovery'] | null>(null);
  const [checked, setChecked] = useState<{ pan: string | null; sale: string | null; note: string | null; link: string | null }>({
    pan: null,
    sale: null,
    note: null,
    link: null,
  });
  const check = useCheckSetupMutation({ meta: { showError: false } });
  const setup = useSetupShopMutation({ meta: { showError: false } });
  const set = (p: Partial<IdentityDraft>) => {
    setD((x) => ({ ...x, ...p }));
    setProblem(null);
  };

  const runCheck = (fields: Partial<IdentityDraft>, then: () => void, ownerFields?: { name: string; pin: string }) =>
    check.mutate(
      { shop: fields, ...(ownerFields ? { owner: ownerFields } : {}) },
      {
        onSuccess: (r) => {
          setChecked((c) => ({
            pan: r.pan ?? c.pan,
            sale: r.firstSaleNumber ?? c.sale,
            note: r.firstCreditNoteNumber ?? c.note,
            link: r.upiTestLink ?? c.link,
          }));
          then();
        },
        onError: (e) => setProblem(errorText(e)),
      },
    );

  const finish = () => {
    if (owner.pin !== owner.again) return setProblem(t('setupPinsDiffer'));
    setup.mutate(
      { shop: d, owner: { name: owner.name, pin: owner.pin }, catalogue, lang },
      {
        onSuccess: (r) => {
          setRecovery(r.recovery);
          setStep(OWNER_STEP + 1);
        },
        onError: (e) => setProblem(errorText(e)),
      },
    );
  };

  const next = (e: FormEvent) => {
    e.preventDefault();
    if (step === OWNER_STEP) return runCheck({}, finish, { name: owner.name, pin: owner.pin });
    runCheck(stepFields(step, d), () => setStep(step + 1));
  };
  const back = () => (step === 0 ? onCancel() : (setStep(step - 1), setProblem(null)));

  const steps = (
    <ol className="steps" aria-label={t('stepOf', { n: step + 1, total: STEPS.length })}>
      {STEPS.map((s, i) => (
        <li key={s} className={i === step ? 'current' : i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>
          {t(s)}
        </li>
      ))}
    </ol>
  );
  if (recovery) return <RecoveryStep steps={steps} heading={t('stepOf', { n: STEPS.length, total: STEPS.length })} recovery={recovery} onDone={onDone} />;

  return (
    <form className="setup-step panel" onSubmit={next} aria-label={t(STEPS[step] ?? 'stepShop')}>
      {steps}
      <h2>
        {t('stepOf', { n: step + 1, total: STEPS.length })}: {t(STEPS[step] ?? 'stepShop')}
      </h2>
      {step === 0 && <ShopNameFields d={d} set={set} states={states} />}
      {step === 1 && <GstFields d={d} set={set} pan={checked.pan} fyLabel={fyLabel} />}
      {step === 2 && <UpiFields d={d} set={set} testLink={d.upiVpa ? checked.link : null} onTest={() => runCheck(stepFields(2, d), () => {})} />}
      {step === 3 && <NumberFields d={d} set={set} first={{ sale: d.saleSeries ? checked.sale : null, note: d.creditNoteSeries ? checked.note : null }} />}
      {step === 4 && (
        <>
          <p className="hint">{t('printerLater')}</p>
          <fieldset className="choices">
            <legend>{t('catalogue')}</legend>
            {(['empty', 'demo'] as const).map((c) => (
              <label key={c} className={`choice ${catalogue === c ? 'picked' : ''}`}>
                <input type="radio" name="catalogue" checked={catalogue === c} onChange={() => setCatalogue(c)} />
                {t(c === 'empty' ? 'catalogueEmpty' : 'catalogueDemo')}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {step === 5 && (
        <>
          <TextField name="ownerName" label={t('ownerName')} value={owner.name} onChange={(name) => (setOwner({ ...owner, name }), setProblem(null))} />
          <PinField label={t('ownerPin')} name="ownerPin" newPin value={owner.pin} onChange={(pin) => (setOwner({ ...owner, pin }), setProblem(null))} />
          <PinField
            label={t('ownerPinAgain')}
            name="ownerPinAgain"
            newPin
            value={owner.again}
            onChange={(again) => (setOwner({ ...owner, again }), setProblem(null))}
          />
        </>
      )}
      <FormProblem text={problem} />
      <div className="actions">
        <button type="button" className="ghost" onClick={back}>
          {t('stepBack')}
        </button>
        <button type="submit" className="primary" disabled={check.isPending || setup.isPending}>
          {step === OWNER_STEP ? t('finish') : t('next')}
        </button>
      </div>
    </form>
  );
}
