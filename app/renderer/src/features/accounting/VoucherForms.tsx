import { useState } from 'react';
import { usePostContraMutation, usePostExpenseMutation, usePostPaymentMutation } from '../../api/accounting';
import { useT } from '../../i18n/i18n';
import { AccountSelect } from '../../ui/AccountSelect';
import { DateInput } from '../../ui/DateInput';
import { todayIso } from '../../ui/period';
import { MONEY_GROUPS, RupeeField, SHOWN_IN_FORM, SupplierSelect, TextInput, useRupees, VoucherForm } from './fields';

function useCommon() {
  const [date, setDate] = useState(todayIso);
  const [reference, setReference] = useState('');
  const [narration, setNarration] = useState('');
  const reset = () => {
    setReference('');
    setNarration('');
  };
  return { date, setDate, reference, setReference, narration, setNarration, reset, values: { date, reference, narration } };
}

function CommonFields({ c }: { c: ReturnType<typeof useCommon> }) {
  const { t } = useT();
  return (
    <>
      <DateInput label={t('date')} value={c.date} onChange={c.setDate} />
      <TextInput label={t('referenceHint')} value={c.reference} onChange={c.setReference} />
      <div className="span2">
        <TextInput label={t('narration')} value={c.narration} onChange={c.setNarration} />
      </div>
    </>
  );
}

/** Money out: to a supplier against dues, or to any account (drawings, a loan, an advance). */
export function PaymentForm({ supplierId: initialSupplier }: { supplierId?: string }) {
  const { t } = useT();
  const post = usePostPaymentMutation(SHOWN_IN_FORM);
  const c = useCommon();
  const amount = useRupees();
  const [toSupplier, setToSupplier] = useState(true);
  const [supplierId, setSupplierId] = useState(initialSupplier ?? '');
  const [account, setAccount] = useState('DRAWINGS');
  const [from, setFrom] = useState('CASH');
  const target = toSupplier ? (supplierId ? { supplierId } : null) : account ? { account } : null;
  return (
    <VoucherForm
      title={t('paymentVoucher')}
      canSave={!!target && !!amount.paise && !!from}
      save={(clientRef) => post.mutateAsync({ clientRef, ...c.values, to: target ?? { account }, amountPaise: amount.paise ?? 0, from })}
      onSaved={() => {
        amount.setText('');
        c.reset();
      }}
    >
      <div className="span2 segmented">
        <button type="button" className={toSupplier ? 'on' : ''} onClick={() => setToSupplier(true)}>
          {t('toSupplier')}
        </button>
        <button type="button" className={toSupplier ? '' : 'on'} onClick={() => setToSupplier(false)}>
          {t('toAccount')}
        </button>
      </div>
      {toSupplier ? (
        <SupplierSelect label={t('supplier')} value={supplierId} onChange={setSupplierId} />
      ) : (
        <AccountSelect label={t('payTo')} value={account} onChange={setAccount} />
      )}
      <AccountSelect label={t('payFrom')} value={from} onChange={setFrom} groups={MONEY_GROUPS} />
      <RupeeField label={t('amountRs')} value={amount.text} onChange={amount.setText} name="amount" />
      <CommonFields c={c} />
    </VoucherForm>
  );
}

/** An expense bill (rent, electricity, freight) with any GST as input credit; paid now or owed to a supplier. */
export function ExpenseForm() {
  const { t } = useT();
  const post = usePostExpenseMutation(SHOWN_IN_FORM);
  const c = useCommon();
  const amount = useRupees();
  const cgst = useRupees();
  const sgst = useRupees();
  const igst = useRupees();
  const [account, setAccount] = useState('');
  const [paidFrom, setPaidFrom] = useState('CASH');
  const [supplierId, setSupplierId] = useState('');
  const onCredit = paidFrom === '';
  return (
    <VoucherForm
      title={t('expenseVoucher')}
      canSave={!!account && !!amount.paise && (!onCredit || supplierId !== '')}
      save={(clientRef) =>
        post.mutateAsync({
          clientRef,
          ...c.values,
          account,
          amountPaise: amount.paise ?? 0,
          tax: { cgstPaise: cgst.paise ?? 0, sgstPaise: sgst.paise ?? 0, igstPaise: igst.paise ?? 0, cessPaise: 0 },
          ...(onCredit ? { supplierId } : { paidFrom }),
        })
      }
      onSaved={() => {
        for (const f of [amount, cgst, sgst, igst]) f.setText('');
        c.reset();
      }}
    >
      <AccountSelect label={t('expenseHead')} value={account} onChange={setAccount} groups={['indirect_expenses', 'direct_expenses']} />
      <RupeeField label={t('taxableRs')} value={amount.text} onChange={amount.setText} name="amount" />
      <RupeeField label="CGST ₹" value={cgst.text} onChange={cgst.setText} />
      <RupeeField label="SGST ₹" value={sgst.text} onChange={sgst.setText} />
      <RupeeField label="IGST ₹" value={igst.text} onChange={igst.setText} />
      <AccountSelect label={t('paidFromBlankCredit')} value={paidFrom} onChange={setPaidFrom} groups={MONEY_GROUPS} />
      {onCredit && <SupplierSelect label={t('supplier')} value={supplierId} onChange={setSupplierId} />}
      <CommonFields c={c} />
    </VoucherForm>
  );
}

/** Cash ↔ bank: a deposit, a withdrawal, a transfer. */
export function ContraForm() {
  const { t } = useT();
  const post = usePostContraMutation(SHOWN_IN_FORM);
  const c = useCommon();
  const amount = useRupees();
  const [from, setFrom] = useState('CASH');
  const [to, setTo] = useState('BANK');
  return (
    <VoucherForm
      title={t('contraVoucher')}
      canSave={!!amount.paise && !!from && !!to && from !== to}
      save={(clientRef) => post.mutateAsync({ clientRef, ...c.values, from, to, amountPaise: amount.paise ?? 0 })}
      onSaved={() => {
        amount.setText('');
        c.reset();
      }}
    >
      <AccountSelect label={t('fromAccount')} value={from} onChange={setFrom} groups={MONEY_GROUPS} />
      <AccountSelect label={t('toAccount')} value={to} onChange={setTo} groups={MONEY_GROUPS} />
      <RupeeField label={t('amountRs')} value={amount.text} onChange={amount.setText} name="amount" />
      <CommonFields c={c} />
    </VoucherForm>
  );
}
