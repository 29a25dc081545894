import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { atLeast, type Role } from '../../../../core/contract';
import { formatDate, formatInr } from '../../../../core/format';
import { saveFile } from '../../api/files';
import { khataQueries, useStatementPdfMutation } from '../../api/khata';
import { navigate } from '../../app/router';
import { useBackHint } from '../../app/sub-screens';
import { useT } from '../../i18n/i18n';
import { Amt, drCr } from '../../ui/Amount';
import { BillPanel } from '../../ui/BillPanel';
import { DataTable } from '../../ui/DataTable';
import { EntryDialog, type Drill } from '../../ui/EntryDialog';
import { KeyHints } from '../../ui/KeyHints';
import { onEnter, useKeys } from '../../ui/keys';
import { Loading } from '../../ui/Loading';
import { thisFy, type Range } from '../../ui/period';
import { RangePicker, rangeText } from '../../ui/RangePicker';
import { ReportPage } from '../../ui/ReportPage';
import { CreditLimitDialog, ReceiveDialog, ReminderDialog } from './dialogs';

type Open = 'receive' | 'remind' | 'limit' | null;

/**
 * One customer's khata: every bill, return and payment with the running balance, and what to do
 * next; a bill's row opens the bill (its items, reprint, PDF, return) above its journal lines.
 */
export function CustomerKhata({ customerId, role }: { customerId: string; role: Role }) {
  const { t, lang } = useT();
  const sides = { dr: t('drShort'), cr: t('crShort') };
  const [range, setRange] = useState<Range>(thisFy);
  const [open, setOpen] = useState<Open>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const back = useBackHint();
  const ledger = useQuery(khataQueries.ledger({ partyType: 'customer', partyId: customerId, ...range }));
  const current = useQuery(khataQueries.customers({ q: '', dueOnly: false, limit: 1000 }));
  const pdf = useStatementPdfMutation();
  const me = current.data?.find((c) => c.customerId === customerId);
  const canManage = atLeast(role, 'manager');
  const statement = () => pdf.mutate({ partyType: 'customer', partyId: customerId, ...range }, { onSuccess: saveFile });
  const keys = {
    F3: () => setOpen('receive'),
    F4: () => setOpen('remind'),
    F6: statement,
    F7: canManage ? () => setOpen('limit') : undefined,
  };
  useKeys(open || drill ? {} : keys);
  const name = ledger.data?.party.name ?? me?.name ?? '';
  const balance = me?.balancePaise ?? ledger.data?.closingPaise ?? 0;
  return (
    <ReportPage
      testId="customer-khata"
      title={`${t('khata')}: ${name}`}
      sub={`${ledger.data?.party.phone ?? ''} · ${rangeText(range)}`}
      actions={
        <>
          <button type="button" onClick={() => navigate('/khata')}>
            <kbd>Esc</kbd> {t('back')}
          </button>
        </>
      }
    >
      <div className="khata-summary">
        <div className={`due-box ${balance > 0 ? 'due' : 'advance'}`}>
          <span>{balance >= 0 ? t('dueNow') : t('advance')}</span>
          <strong data-testid="khata-balance">{formatInr(Math.abs(balance))}</strong>
        </div>
        {me && (
          <p className="hint">
            {t('creditLimit')}: {me.creditLimitPaise ? formatInr(me.creditLimitPaise) : t('noLimit')}
          </p>
        )}
        <div className="khata-actions">
          <button type="button" className="primary" onClick={() => setOpen('receive')}>
            <kbd>F3</kbd> {t('recordPayment')}
          </button>
          <button type="button" onClick={() => setOpen('remind')}>
            <kbd>F4</kbd> {t('sendReminder')}
          </button>
          <button type="button" onClick={statement}>
            <kbd>F6</kbd> {t('statementPdf')}
          </button>
          {canManage && (
            <button type="button" onClick={() => setOpen('limit')}>
              <kbd>F7</kbd> {t('creditLimit')}
            </button>
          )}
        </div>
      </div>
      <div className="filters">
        <RangePicker value={range} onChange={setRange} />
      </div>
      <Loading query={ledger}>
        {() =>
          ledger.data && (
            <DataTable
              testId="khata-ledger"
              head={
                <>
                  <th className="hide-phone">{t('date')}</th>
                  <th>{t('particulars')}</th>
                  <th className="num">{t('gave')}</th>
                  <th className="num">{t('got')}</th>
                  <th className="num">{t('balance')}</th>
                </>
              }
              foot={
                <>
                  <tr>
                    <td className="hide-phone" />
                    <td>{t('closingBalance')}</td>
                    <td />
                    <td />
                    <td className="num">{drCr(ledger.data.closingPaise, sides)}</td>
                  </tr>
                </>
              }
            >
              <tr className="subtotal">
                <td className="nowrap hide-phone">{formatDate(ledger.data.from)}</td>
                <td>{t('openingBalance')}</td>
                <td />
                <td />
                <td className="num">{drCr(ledger.data.openingPaise, sides)}</td>
              </tr>
              {ledger.data.rows.map((r, i) => (
                <tr
                  key={`${r.entryId}-${i}`}
                  className={canManage ? 'drill' : ''}
                  tabIndex={0}
                  onClick={() => canManage && setDrill({ entryId: r.entryId })}
                  onKeyDown={canManage ? onEnter(() => setDrill({ entryId: r.entryId })) : undefined}
                >
                  <td className="nowrap hide-phone">{formatDate(r.date)}</td>
                  <td>
                    <small className="show-phone">{formatDate(r.date)} </small>
                    {r.particulars}
                    {r.narration && !(r.number && r.narration.includes(r.number)) && <small className="hint block">{r.narration}</small>}
                  </td>
                  <Amt paise={r.debitPaise} blankZero />
                  <Amt paise={r.creditPaise} blankZero />
                  <td className="num">{drCr(r.balancePaise, sides)}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </Loading>
      <KeyHints
        hints={[
          { key: 'F3', label: t('recordPayment'), onPress: () => setOpen('receive') },
          { key: 'F4', label: t('sendReminder'), onPress: () => setOpen('remind') },
          { key: 'F6', label: t('statementPdf'), onPress: statement },
          { key: 'F7', label: t('creditLimit'), disabled: !canManage, onPress: canManage ? () => setOpen('limit') : undefined },
          back,
        ]}
      />
      {open === 'receive' && <ReceiveDialog customerId={customerId} name={name} duePaise={Math.max(0, balance)} onClose={() => setOpen(null)} />}
      {open === 'remind' && <ReminderDialog customerId={customerId} lang={lang} onClose={() => setOpen(null)} />}
      {open === 'limit' && me && (
        <CreditLimitDialog customerId={customerId} current={me.creditLimitPaise} isOwner={role === 'owner'} onClose={() => setOpen(null)} />
      )}
      {drill && <EntryDialog drill={drill} onClose={() => setDrill(null)} bill={(id) => <BillPanel invoiceId={id} />} />}
    </ReportPage>
  );
}
