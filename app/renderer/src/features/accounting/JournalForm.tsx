import { useState } from 'react';
import { formatInr, parseRupees } from '../../../../core/format';
import { usePostJournalMutation } from '../../api/accounting';
import { useT } from '../../i18n/i18n';
import { AccountSelect } from '../../ui/AccountSelect';
import { DateInput } from '../../ui/DateInput';
import { todayIso } from '../../ui/period';
import { SHOWN_IN_FORM, TextInput, VoucherForm } from './fields';

interface Row {
  account: string;
  debit: string;
  credit: string;
  partyId: string;
}
const blank = (): Row => ({ account: '', debit: '', credit: '', partyId: '' });
const paise = (text: string) => (text.trim() === '' ? 0 : (parseRupees(text) ?? Number.NaN));

/** A manual journal (owner): any accounts, debits equal to credits, shown live before saving. */
export function JournalForm() {
  const { t } = useT();
  const post = usePostJournalMutation(SHOWN_IN_FORM);
  const [rows, setRows] = useState<Row[]>([blank(), blank()]);
  const [date, setDate] = useState(todayIso);
  const [narration, setNarration] = useState('');
  const set = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const lines = rows.filter((r) => r.account);
  const debit = lines.reduce((s, r) => s + paise(r.debit), 0);
  const credit = lines.reduce((s, r) => s + paise(r.credit), 0);
  const valid = lines.length >= 2 && Number.isFinite(debit) && Number.isFinite(credit) && debit > 0 && debit === credit;
  return (
    <VoucherForm
      title={t('journalVoucher')}
      canSave={valid}
      save={(clientRef) =>
        post.mutateAsync({
          clientRef,
          date,
          narration,
          reference: '',
          lines: lines.map((r) => ({ account: r.account, debitPaise: paise(r.debit), creditPaise: paise(r.credit), partyId: r.partyId.trim() || null })),
        })
      }
      onSaved={() => {
        setRows([blank(), blank()]);
        setNarration('');
      }}
    >
      <DateInput label={t('date')} value={date} onChange={setDate} />
      <TextInput label={t('narration')} value={narration} onChange={setNarration} />
      <div className="span2 journal-lines">
        {rows.map((r, i) => (
          <div key={i} className="journal-line">
            <AccountSelect label={`${t('account')} ${i + 1}`} value={r.account} onChange={(account) => set(i, { account })} />
            <TextInput label={t('debit')} value={r.debit} onChange={(debit) => set(i, { debit })} />
            <TextInput label={t('creditCol')} value={r.credit} onChange={(credit) => set(i, { credit })} />
            {(r.account === 'DEBTORS' || r.account === 'CREDITORS') && (
              <TextInput label={t('partyId')} value={r.partyId} onChange={(partyId) => set(i, { partyId })} />
            )}
          </div>
        ))}
        <button type="button" className="small" onClick={() => setRows((rs) => [...rs, blank()])} disabled={rows.length >= 50}>
          + {t('addLine')}
        </button>
        <p className={valid ? 'hint' : 'warn'} data-testid="journal-totals">
          {t('debit')} {Number.isFinite(debit) ? formatInr(debit) : '?'} · {t('creditCol')} {Number.isFinite(credit) ? formatInr(credit) : '?'}
          {!valid && lines.length >= 2 && ` · ${t('mustBalance')}`}
        </p>
      </div>
    </VoucherForm>
  );
}
