import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Result } from '../../../../core/contract';
import { formatDateTime, formatInr } from '../../../../core/format';
import { accountingQueries, useCloseRegisterMutation, useOpenRegisterMutation } from '../../api/accounting';
import { useT } from '../../i18n/i18n';
import { useKeys } from '../../ui/keys';
import { Loading } from '../../ui/Loading';
import { useToast } from '../../ui/Toasts';

const NOTES = [2000, 500, 200, 100, 50, 20, 10, 5, 2, 1] as const;

/** Counted cash: notes and coins by denomination (or one total), summed as the cashier types. */
function useCount() {
  const [counts, setCounts] = useState<Record<string, string>>({});
  const totalPaise = NOTES.reduce((s, n) => s + n * 100 * (Number.parseInt(counts[n] ?? '', 10) || 0), 0);
  const denominations = Object.fromEntries(
    NOTES.filter((n) => Number.parseInt(counts[n] ?? '', 10) > 0).map((n) => [String(n), Number.parseInt(counts[n] ?? '0', 10)]),
  );
  return { counts, setCounts, totalPaise, denominations, reset: () => setCounts({}) };
}

/**
 * Open the drawer with the cash counted, close it at night: over or short is posted. Every cashier
 * can; a manager then has the day's closing summary one press away (`dayClose`), to share on WhatsApp.
 */
export function CashRegister({ dayClose = false }: { dayClose?: boolean }) {
  const { t } = useT();
  const toast = useToast();
  const client = useQueryClient();
  const register = useQuery(accountingQueries.register());
  const count = useCount();
  const isOpen = !!register.data?.open;
  const open = useOpenRegisterMutation();
  const close = useCloseRegisterMutation();
  const counted = (r: Result<'accounting.openRegister'>) => {
    const diff = r.differencePaise ?? 0;
    toast(
      diff === 0 ? 'ok' : 'info',
      `${r.status === 'open' ? t('drawerOpened') : t('drawerClosed')}${diff ? ` · ${diff > 0 ? t('cashOver') : t('cashShort')} ${formatInr(Math.abs(diff))}` : ''}`,
    );
    count.reset();
    void client.invalidateQueries();
  };
  const submit = () => {
    const p = { countedPaise: count.totalPaise, denominations: count.denominations };
    if (isOpen) close.mutate(p, { onSuccess: counted });
    else open.mutate(p, { onSuccess: counted });
  };
  useKeys({ F10: submit });
  return (
    <section className="settings" data-testid="cash-register">
      <div className="panel">
        <h2>{isOpen ? t('closeDrawer') : t('openDrawer')}</h2>
        <Loading query={register}>
          {() =>
            register.data && (
              <p className="hint">
                {isOpen && register.data.open ? `${t('openedAt')} ${formatDateTime(register.data.open.openedAt)} · ` : ''}
                {t('booksExpect')}: <strong data-testid="book-cash">{formatInr(register.data.bookCashPaise)}</strong>
              </p>
            )
          }
        </Loading>
        <div className="denominations">
          {NOTES.map((n) => (
            <label key={n} className="denomination">
              <span>₹{n} ×</span>
              <input
                inputMode="numeric"
                value={count.counts[n] ?? ''}
                onChange={(e) => count.setCounts((c) => ({ ...c, [n]: e.target.value.replace(/\D/g, '') }))}
                aria-label={`₹${n}`}
              />
            </label>
          ))}
        </div>
        <p className="counted">
          {t('counted')}: <strong data-testid="counted">{formatInr(count.totalPaise)}</strong>
          {register.data && (
            <span className={count.totalPaise - register.data.bookCashPaise === 0 ? 'hint' : 'warn'}>
              {' '}
              ({t('difference')} {formatInr(count.totalPaise - register.data.bookCashPaise)})
            </span>
          )}
        </p>
        <div className="actions">
          <button type="button" className="primary" onClick={submit} disabled={open.isPending || close.isPending}>
            <kbd>F10</kbd> {isOpen ? t('closeDrawer') : t('openDrawer')}
          </button>
        </div>
      </div>
      {register.data?.last && (
        <div className="panel side">
          <h2>{t('lastCount')}</h2>
          <dl className="totals">
            <dt>{t('date')}</dt>
            <dd>{formatDateTime(register.data.last.closedAt ?? register.data.last.openedAt)}</dd>
            <dt>{t('counted')}</dt>
            <dd>{formatInr(register.data.last.closingCountedPaise ?? register.data.last.openingCountedPaise)}</dd>
            <dt>{t('booksExpect')}</dt>
            <dd>{formatInr(register.data.last.closingBookPaise ?? register.data.last.openingBookPaise)}</dd>
            <dt>{t('difference')}</dt>
            <dd>{formatInr(register.data.last.differencePaise ?? 0)}</dd>
          </dl>
          {dayClose && register.data.last.closedAt && (
            <a className="button" data-testid="day-close-link" href={`#/reports/day-close?date=${register.data.last.businessDate}`}>
              {t('shareDayClose')}
            </a>
          )}
          {register.data.last.auditHead && (
            <p className="hint small">
              {t('headHash')} {register.data.last.auditHead.slice(0, 16)}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
