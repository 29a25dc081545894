import { useState, type ReactNode } from 'react';
import { parseRupees } from '../../../../core/format';
import { useT } from '../../i18n/i18n';

/**
 * A sum of money taken or paid on the phone, queued for the counter to post: the form's own fields,
 * the amount in rupees and a reference. `problemFirst` names what is missing before the amount is
 * read; `queue` returns whether the command reached the queue, and only then the form empties.
 */
export function PhoneMoneyForm({
  title,
  submitLabel,
  fields,
  afterAmount,
  afterReference,
  problemFirst,
  queue,
}: {
  title: string;
  submitLabel: string;
  fields: ReactNode;
  afterAmount?: ReactNode;
  afterReference?: ReactNode;
  problemFirst?: () => string | null;
  queue: (entry: { amountPaise: number; reference: string }) => boolean;
}) {
  const { t } = useT();
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = () => {
    const first = problemFirst?.() ?? null;
    if (first) return setProblem(first);
    const paise = parseRupees(amount);
    if (paise === undefined || paise <= 0) return setProblem(t('syncNeedAmount'));
    if (!queue({ amountPaise: paise, reference: reference.trim() })) return;
    setProblem(null);
    setAmount('');
    setReference('');
  };
  return (
    <form
      className="sync-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2>{title}</h2>
      {fields}
      <label className="field">
        <span>{t('syncAmountRs')}</span>
        <input inputMode="decimal" value={amount} autoComplete="off" onChange={(e) => setAmount(e.target.value)} />
      </label>
      {afterAmount}
      <label className="field">
        <span>{t('syncReference')}</span>
        <input value={reference} maxLength={60} autoComplete="off" onChange={(e) => setReference(e.target.value)} />
      </label>
      {afterReference}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </form>
  );
}
