import { useState } from 'react';
import { formatInr } from '../../../../core/format';
import { newUuid, useQueueCommand } from '../../api/sync';
import { useT, type StringKey } from '../../i18n/i18n';
import { useToast } from '../../ui/Toasts';
import { PhoneMoneyForm } from './PhoneMoneyForm';

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
  return (
    <PhoneMoneyForm
      title={t('syncExpenseTitle')}
      submitLabel={t('syncSaveExpense')}
      fields={
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
      }
      afterReference={<p className="muted">{t('syncPaidFromCash')}</p>}
      queue={({ amountPaise, reference }) => {
        const id = newUuid();
        if (!queue('accounting.expense', { clientRef: id, account, amountPaise, paidFrom: 'CASH', reference }, id)) return false;
        toast('ok', t('syncExpenseQueued', { amount: formatInr(amountPaise) }));
        return true;
      }}
    />
  );
}
