import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ParamsIn } from '../../../../core/contract';
import { formatInr, parseRupees } from '../../../../core/format';
import { accountingQueries, useUpdateAccountingSettingsMutation } from '../../api/accounting';
import { khataQueries, useReceivePaymentMutation, useSetCreditLimitMutation } from '../../api/khata';
import { useT, type Lang } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { Loading } from '../../ui/Loading';
import { useToast } from '../../ui/Toasts';
import { FormActions } from '../../ui/fields';

type Method = ParamsIn<'khata.receive'>['method'];

/** The customer pays: amount (dues by default), how, and a reference. More than the dues becomes an advance. */
export function ReceiveDialog({ customerId, name, duePaise, onClose }: { customerId: string; name: string; duePaise: number; onClose: () => void }) {
  const { t } = useT();
  const toast = useToast();
  const client = useQueryClient();
  const [amount, setAmount] = useState(duePaise > 0 ? (duePaise / 100).toFixed(2) : '');
  const [method, setMethod] = useState<Method>('cash');
  const [reference, setReference] = useState('');
  // One key per dialog: a double Enter or a retry after a dropped link records the payment once.
  const clientRef = useRef(`rcv-${crypto.randomUUID()}`);
  const receive = useReceivePaymentMutation();
  const paise = parseRupees(amount);
  const valid = paise !== undefined && paise > 0;
  return (
    <Dialog title={`${t('recordPayment')}: ${name}`} onClose={onClose}>
      <form
        data-testid="receive-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          receive.mutate(
            { clientRef: clientRef.current, customerId, amountPaise: paise, method, reference },
            {
              onSuccess: (r) => {
                toast(
                  'ok',
                  `${t('paymentRecorded')} ${r.voucher.number}: ${formatInr(r.voucher.amountPaise)}${r.advancePaise ? ` (${t('advance')} ${formatInr(r.advancePaise)})` : ''}`,
                );
                void client.invalidateQueries();
                onClose();
              },
            },
          );
        }}
      >
        <p className="hint">
          {t('dueNow')}: <strong>{formatInr(duePaise)}</strong>
        </p>
        <label className="field">
          <span>{t('amountReceived')}</span>
          <input name="amount" className="big-input" value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" autoComplete="off" />
        </label>
        {valid && paise > duePaise && (
          <p className="warn">
            {t('becomesAdvance')}: {formatInr(paise - duePaise)}
          </p>
        )}
        <label className="field">
          <span>{t('paidBy')}</span>
          <select value={method} onChange={(e) => setMethod(e.target.value as Method)}>
            <option value="cash">{t('methodCash')}</option>
            <option value="upi">{t('upi')}</option>
            <option value="card">{t('card')}</option>
            <option value="bank">{t('methodBank')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('referenceHint')}</span>
          <input value={reference} onChange={(e) => setReference(e.target.value)} autoComplete="off" />
        </label>
        <FormActions submitLabel={`${t('save')} ↵`} pending={!valid || receive.isPending} />
      </form>
    </Dialog>
  );
}

/** The reminder: the text with a upi://pay link for the exact dues, to WhatsApp, SMS or the clipboard. */
export function ReminderDialog({ customerId, lang, onClose }: { customerId: string; lang: Lang; onClose: () => void }) {
  const { t } = useT();
  const toast = useToast();
  const [msgLang, setMsgLang] = useState<Lang>(lang);
  const reminder = useQuery(khataQueries.reminder({ customerId, lang: msgLang }));
  return (
    <Dialog title={t('sendReminder')} onClose={onClose} wide>
      <Loading query={reminder}>
        {() => {
          const r = reminder.data;
          if (!r) return null;
          return (
            <div data-testid="reminder">
              <div className="inline-form">
                <span className="hint">{t('messageIn')}</span>
                <button type="button" className={`small ${msgLang === 'en' ? 'on' : ''}`} onClick={() => setMsgLang('en')}>
                  English
                </button>
                <button type="button" className={`small ${msgLang === 'hi' ? 'on' : ''}`} onClick={() => setMsgLang('hi')}>
                  हिंदी
                </button>
              </div>
              <p>
                {t('dueNow')}: <strong data-testid="reminder-due">{formatInr(r.duePaise)}</strong>
              </p>
              <textarea className="message" readOnly value={r.text} rows={8} data-testid="reminder-text" />
              {r.upiLink ? (
                <p className="small">
                  {r.payPageUrl ? (
                    <>
                      {t('payPage')}:{' '}
                      <a href={r.payPageUrl} target="_blank" rel="noreferrer" data-testid="reminder-pay-page">
                        {r.payPageUrl}
                      </a>
                    </>
                  ) : (
                    <>
                      {t('upiLink')}: <code data-testid="reminder-upi">{r.upiLink}</code>
                    </>
                  )}
                </p>
              ) : (
                <p className="warn small">{t('noUpiId')}</p>
              )}
              <div className="actions share-actions">
                <a className="button primary" href={r.whatsappUrl} target="_blank" rel="noreferrer" data-testid="reminder-whatsapp">
                  {t('whatsapp')}
                </a>
                <a className="button" href={r.smsUrl} data-testid="reminder-sms">
                  {t('sms')}
                </a>
                <button
                  type="button"
                  onClick={() =>
                    navigator.clipboard
                      .writeText(r.text)
                      .then(() => toast('ok', t('copied')))
                      .catch(() => toast('error', t('copyFailed')))
                  }
                >
                  {t('copy')}
                </button>
              </div>
            </div>
          );
        }}
      </Loading>
    </Dialog>
  );
}

/** How much this customer may owe (0: no limit); the owner also chooses warn or block for everyone. */
export function CreditLimitDialog({ customerId, current, isOwner, onClose }: { customerId: string; current: number; isOwner: boolean; onClose: () => void }) {
  const { t } = useT();
  const toast = useToast();
  const client = useQueryClient();
  const settings = useQuery(accountingQueries.settings());
  const [limit, setLimit] = useState((current / 100).toFixed(2));
  const [policy, setPolicy] = useState<'warn' | 'block' | null>(null);
  const setCreditLimit = useSetCreditLimitMutation();
  const setPolicyFor = useUpdateAccountingSettingsMutation();
  const saved = () => {
    toast('ok', t('saved'));
    void client.invalidateQueries();
    onClose();
  };
  const save = () => {
    const paise = parseRupees(limit);
    if (paise === undefined || paise < 0) return toast('error', t('badAmount'));
    setCreditLimit.mutate(
      { customerId, creditLimitPaise: paise },
      {
        onSuccess: () =>
          isOwner && policy && policy !== settings.data?.creditPolicy ? setPolicyFor.mutate({ creditPolicy: policy }, { onSuccess: saved }) : saved(),
      },
    );
  };
  return (
    <Dialog title={t('creditLimit')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="field">
          <span>{t('creditLimitRs')}</span>
          <input className="big-input" value={limit} onChange={(e) => setLimit(e.target.value)} inputMode="decimal" autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('creditPolicy')}</span>
          <select
            value={policy ?? settings.data?.creditPolicy ?? 'warn'}
            disabled={!isOwner}
            onChange={(e) => setPolicy(e.target.value === 'block' ? 'block' : 'warn')}
          >
            <option value="warn">{t('policyWarn')}</option>
            <option value="block">{t('policyBlock')}</option>
          </select>
        </label>
        {!isOwner && <p className="hint small">{t('policyOwnerOnly')}</p>}
        <FormActions submitLabel={`${t('save')} ↵`} pending={setCreditLimit.isPending || setPolicyFor.isPending} />
      </form>
    </Dialog>
  );
}
