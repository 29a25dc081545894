import { useMemo, useState } from 'react';
import { formatInr, parseRupees } from '../../../../core/format';
import { newUuid, useQueueCommand, type SyncSnapshot } from '../../api/sync';
import { useT } from '../../i18n/i18n';
import { useToast } from '../../ui/Toasts';

type Method = 'cash' | 'upi' | 'card' | 'bank';

/** A khata payment taken on the device: it goes to the queue and the counter posts the receipt. */
export function ReceiptForm({ snapshot }: { snapshot: SyncSnapshot }) {
  const { t } = useT();
  const toast = useToast();
  const queue = useQueueCommand();
  const [customerId, setCustomerId] = useState('');
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<Method>('cash');
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const customers = useMemo(() => [...snapshot.staff.dues.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name)), [snapshot.staff.dues]);
  const chosen = snapshot.staff.dues.get(customerId);

  const save = () => {
    const paise = parseRupees(amount);
    if (!chosen) return setProblem(t('syncNeedCustomer'));
    if (paise === undefined || paise <= 0) return setProblem(t('syncNeedAmount'));
    const id = newUuid();
    const params = { clientRef: id, customerId, amountPaise: paise, method, reference: reference.trim() };
    if (!queue('khata.receive', params, id)) return;
    setProblem(null);
    setAmount('');
    setReference('');
    toast('ok', t('syncReceiptQueued', { amount: formatInr(paise), name: chosen.name }));
  };
  const methods: Array<[Method, string]> = [
    ['cash', t('syncCash')],
    ['upi', t('syncUpi')],
    ['card', t('syncCard')],
    ['bank', t('syncBank')],
  ];
  return (
    <form
      className="sync-form"
      aria-label={t('syncReceiveTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2>{t('syncReceiveTitle')}</h2>
      <label className="field">
        <span>{t('syncCustomer')}</span>
        <select value={customerId} onChange={(e) => setCustomerId(e.target.value)}>
          <option value="">{t('syncChooseCustomer')}</option>
          {customers.map(([id, c]) => (
            <option key={id} value={id}>
              {c.name} · {c.phone} · {t('syncDueNow', { amount: formatInr(c.balancePaise) })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('syncAmountRs')}</span>
        <input inputMode="decimal" value={amount} autoComplete="off" onChange={(e) => setAmount(e.target.value)} />
      </label>
      <fieldset className="sync-methods">
        <legend>{t('syncPaidBy')}</legend>
        {methods.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="receipt-method" checked={method === value} onChange={() => setMethod(value)} /> {label}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('syncReference')}</span>
        <input value={reference} maxLength={60} autoComplete="off" onChange={(e) => setReference(e.target.value)} />
      </label>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary">
        {t('syncSaveReceipt')}
      </button>
    </form>
  );
}
