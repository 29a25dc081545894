import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { atLeast, type VOUCHER_KINDS } from '../../../../core/contract';
import { formatDate, formatInr } from '../../../../core/format';
import { accountingQueries, useReverseVoucherMutation } from '../../api/accounting';
import { customerQueries } from '../../api/customers';
import { navigate, splitPath, usePath } from '../../app/router';
import type { ScreenProps } from '../../app/screen';
import { useT } from '../../i18n/i18n';
import { useMethodName, useVoucherType } from '../../i18n/names';
import { LoadingTable } from '../../ui/DataTable';
import { PromptDialog } from '../../ui/Dialog';
import { EntryDialog, type Drill } from '../../ui/EntryDialog';
import { onEnter } from '../../ui/keys';
import { BillPanel } from '../../ui/BillPanel';
import { thisMonth, type Range } from '../../ui/period';
import { RangePicker, rangeText } from '../../ui/RangePicker';
import { ReportHead } from '../../ui/ReportPage';
import { currentSection, SectionedScreen, sectionsInOrder } from '../../ui/SectionTabs';
import { CashRegister } from './CashRegister';
import { JournalForm } from './JournalForm';
import { ContraForm, ExpenseForm, PaymentForm } from './VoucherForms';

/** A receipt is a khata payment: find the customer, then record it on their khata. */
function ReceiptPicker() {
  const { t } = useT();
  const [q, setQ] = useState('');
  const found = useQuery(customerQueries.search(q));
  return (
    <section className="panel" aria-label={t('receiptVoucher')}>
      <h2>{t('receiptVoucher')}</h2>
      <label className="field">
        <span>{t('searchCustomer')}</span>
        <input value={q} onChange={(e) => setQ(e.target.value)} autoFocus autoComplete="off" />
      </label>
      <ul className="pick-list">
        {(found.data ?? []).map((c) => (
          <li key={c.id} tabIndex={0} onClick={() => navigate(`/khata/c/${c.id}`)} onKeyDown={(e) => e.key === 'Enter' && navigate(`/khata/c/${c.id}`)}>
            {c.name} <span className="hint">{c.phone}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

type Kind = (typeof VOUCHER_KINDS)[number];

/** Vouchers of a period; the owner reverses a wrong one (it stays, marked, with its reversal). */
function VoucherList({ isOwner }: { isOwner: boolean }) {
  const { t } = useT();
  const vt = useVoucherType();
  const methodName = useMethodName();
  const client = useQueryClient();
  const [range, setRange] = useState<Range>(thisMonth);
  const [kind, setKind] = useState<Kind | ''>('');
  const [drill, setDrill] = useState<Drill | null>(null);
  const list = useQuery(accountingQueries.vouchers({ ...range, ...(kind ? { kind } : {}), limit: 500 }));
  const reverse = useReverseVoucherMutation();
  const [reversing, setReversing] = useState<{ id: string; number: string } | null>(null);
  return (
    <section className="report-page">
      <ReportHead title={t('vouchers')} sub={rangeText(range)} />
      <div className="filters">
        <RangePicker value={range} onChange={setRange} />
        <label className="field">
          <span>{t('voucherType')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind | '')}>
            <option value="">{t('all')}</option>
            {(['receipt', 'payment', 'expense', 'contra', 'journal', 'register'] as const).map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
      <LoadingTable
        query={list}
        head={
          <>
            <th>{t('date')}</th>
            <th>{t('number')}</th>
            <th>{t('particulars')}</th>
            <th className="num">{t('amountRs')}</th>
            <th />
          </>
        }
      >
        {(list.data ?? []).map((v) => (
          <tr
            key={v.id}
            className={`drill ${v.reversal ? 'cancelled' : ''}`}
            tabIndex={0}
            onClick={() => setDrill({ refId: v.id })}
            onKeyDown={onEnter(() => setDrill({ refId: v.id }))}
          >
            <td className="nowrap">{formatDate(v.date)}</td>
            <td>
              {v.number}
              <small className="hint block">{vt(v.kind)}</small>
            </td>
            <td>
              {v.partyName ?? methodName(v.method)}
              {v.narration && <small className="hint block">{v.narration}</small>}
              {v.reversal && (
                <small className="warn block">
                  {t('reversed')}: {v.reversal.reason}
                </small>
              )}
            </td>
            <td className="num">{formatInr(v.amountPaise)}</td>
            <td>
              {isOwner && !v.reversal && (
                <button
                  type="button"
                  className="small"
                  onClick={(e) => {
                    e.stopPropagation();
                    setReversing({ id: v.id, number: v.number });
                  }}
                >
                  {t('reverse')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </LoadingTable>
      {drill && <EntryDialog drill={drill} onClose={() => setDrill(null)} bill={(id) => <BillPanel invoiceId={id} />} />}
      {reversing && (
        <PromptDialog
          text
          title={`${t('reverse')} ${reversing.number}`}
          label={t('reverseReason')}
          onClose={() => setReversing(null)}
          onSubmit={(reason) => {
            if (!reason.trim()) return;
            reverse.mutate({ id: reversing.id, reason: reason.trim() }, { onSuccess: () => void client.invalidateQueries() });
            setReversing(null);
          }}
        />
      )}
    </section>
  );
}

/** Money vouchers and the cash drawer. Cashiers see the drawer and receipts; managers the rest; journals are the owner's. */
export function VouchersScreen({ session }: ScreenProps) {
  const { page, search } = splitPath(usePath());
  const role = session.user.role;
  const manager = atLeast(role, 'manager');
  const tabs = sectionsInOrder('/vouchers', [
    ['drawer', 'cashDrawer'],
    ['receipt', 'receiptVoucher'],
    ['payment', 'paymentVoucher', !manager],
    ['expense', 'expenseVoucher', !manager],
    ['contra', 'contraVoucher', !manager],
    ['journal', 'journalVoucher', role !== 'owner'],
    ['list', 'vouchers', !manager],
  ]);
  const current = currentSection(tabs, page, '/vouchers/drawer');
  return (
    <SectionedScreen tabs={tabs} current={current}>
      {current === '/vouchers/drawer' && <CashRegister dayClose={manager} />}
      {current === '/vouchers/receipt' && (
        <div className="settings">
          <ReceiptPicker />
        </div>
      )}
      {current === '/vouchers/payment' && (
        <div className="settings">
          <PaymentForm key={search.get('supplier') ?? ''} supplierId={search.get('supplier') ?? undefined} />
        </div>
      )}
      {current === '/vouchers/expense' && (
        <div className="settings">
          <ExpenseForm />
        </div>
      )}
      {current === '/vouchers/contra' && (
        <div className="settings">
          <ContraForm />
        </div>
      )}
      {current === '/vouchers/journal' && (
        <div className="settings">
          <JournalForm />
        </div>
      )}
      {current === '/vouchers/list' && <VoucherList isOwner={role === 'owner'} />}
    </SectionedScreen>
  );
}
