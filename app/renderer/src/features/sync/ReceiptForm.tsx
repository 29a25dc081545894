import { useMemo, useState } from 'react';
import { formatInr } from '../../../../core/format';
import { newUuid, useQueueCommand, type SyncSnapshot } from '../../api/sync';
import { useT } from '../../i18n/i18n';
import { useToast } from '../../ui/Toasts';
import { PhoneMoneyForm } from './PhoneMoneyForm';

type Method = 'cash' | 'upi' | 'card' | 'bank';

/** A khata payment taken on the device: it goes to the queue and the counter posts the receipt. */
export function ReceiptForm({ snapshot }: { snapshot: SyncSnapshot }) {
  const { t } = useT();
  const toast = useToast();
  const queue = useQueueCommand();
  const [customerId, setCustomerId] = useState('');
  const [method, setMethod] = useState<Method>('cash');
  const customers = useMemo(() => [...snapshot.staff.dues.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name)), [snapshot.staff.dues]);
  const chosen = snapshot.staff.dues.get(customerId);
  const methods: Array<[Method, string]> = [
    ['cash', t('syncCash')],
    ['upi', t('syncUpi')],
    ['card', t('syncCard')],
    ['bank', t('syncBank')],
  ];
  return (
    <PhoneMoneyForm
      title={t('syncReceiveTitle')}
      submitLabel={t('syncSaveReceipt')}
      fields={
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
      }
      afterAmount={
        <fieldset className="sync-methods">
          <legend>{t('syncPaidBy')}</legend>
          {methods.map(([value, label]) => (
            <label key={value}>
              <input type="radio" name="receipt-method" checked={method === value} onChange={() => setMethod(value)} /> {label}
            </label>
          ))}
        </fieldset>
      }
      problemFirst={() => (chosen ? null : t('syncNeedCustomer'))}
      queue={({ amountPaise, reference }) => {
        if (!chosen) return false;
        const id = newUuid();
        if (!queue('khata.receive', { clientRef: id, customerId, amountPaise, method, reference }, id)) return false;
        toast('ok', t('syncReceiptQueued', { amount: formatInr(amountPaise), name: chosen.name }));
        return true;
      }}
    />
  );
}
