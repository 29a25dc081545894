import { useState } from 'react';
import { formatInr, parseRupees } from '../../../../core/format';
import { newUuid, useQueueCommand } from '../../api/sync';
import { useT, type StringKey } from '../../i18n/i18n';
import { useToast } from '../../ui/Toasts';

const HEADS: ReadonlyArray<[string, StringKey]> = [
  ['SHOP_EXPENSES', 'expShop'],
  ['RENT', 'expRent'],
  ['ELECTRICITY', 'expElectricity'],
  ['SALARIES', 'expSalaries'],
  ['TELEPHONE', 'expTelephone'],
  ['FREIGHT', 'expFreight'],
];

/** An expense paid from the drawer, recorded on the phone: the counter books it from cash. */
export function ExpenseForm() {
  const { t } = useT();
  const toast = useToast();
  const queue = useQueueCommand();
  const [account, setAccount] = useState('SHOP_EXPENSES');
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = () => {
    const paise = parseRupees(amount);
    if (paise === undefined || paise <= 0) return setProblem(t('syncNeedAmount'));
    const id = newUuid();
    if (!queue('accounting.expense', { clientRef: id, account, amountPaise: paise, paidFrom: 'CASH', reference: reference.trim() }, id)) return;
    setProblem(null);
    setAmount('');
    setReference('');
    toast('ok', t('syncExpenseQueued', { amount: formatInr(paise) }));
  };
  return (
    <form
      className="sync-form"
      aria-label={t('syncExpenseTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2>{t('syncExpenseTitle')}</h2>
      <label className="field">
        <span>{t('syncExpenseHead')}</span>
        <select value={account} onChange={(e) => setAccount(e.target.value)}>
          {HEADS.map(([code, word]) => (
            <option key={code} value={code}>
              {t(word)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('syncAmountRs')}</span>
        <input inputMode="decimal" value={amount} autoComplete="off" onChange={(e) => setAmount(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('syncReference')}</span>
        <input value={reference} maxLength={60} autoComplete="off" onChange={(e) => setReference(e.target.value)} />
      </label>
      <p className="muted">{t('syncPaidFromCash')}</p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary">
        {t('syncSaveExpense')}
      </button>
    </form>
  );
}
