import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { MethodName, ParamsIn, Result } from '../../../../core/contract';
import { formatAmount, formatDate, parseDate } from '../../../../core/format';
import { saveFile } from '../../api/files';
import { api } from '../../api/session';
import { methodQuery } from '../../api/queries';
import { navigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import type { StringKey } from '../../i18n/strings';
import { errorText } from '../../ui/errors';
import { useToast } from '../../ui/Toasts';
import { oneDay, thisFy, thisMonth, type Range } from './period';
import './books.css';
import { useWindowKeydown } from '../../ui/useWindowKeydown';

/** Shared pieces of the books screens: keys, tabs, the period picker, money cells, exports. */

/** Keys for a screen while it is shown: "F5", "Ctrl+E", "Shift+F8". The latest handlers always run. */
export function useKeys(map: Record<string, (() => void) | undefined>) {
  useWindowKeydown((e) => {
    const name = `${e.ctrlKey || e.metaKey ? 'Ctrl+' : ''}${e.shiftKey ? 'Shift+' : ''}${e.key.length === 1 ? e.key.toUpperCase() : e.key}`;
    const run = map[name];
    if (!run) return;
    e.preventDefault();
    run();
  });
}

export interface Tab {
  path: string;
  label: StringKey;
  key: string;
  hidden?: boolean;
}

/** The tabs of an area (books, GST, bank …): each one a path and an F-key, shown on the tab. */
export function Tabs({ tabs, current }: { tabs: Tab[]; current: string }) {
  const { t } = useT();
  const shown = tabs.filter((x) => !x.hidden);
  // A dialog on screen keeps the keys: F1 in the payment dialog must not leave the page under it.
  useKeys(Object.fromEntries(shown.map((x) => [x.key, () => document.querySelector('.overlay') || navigate(x.path)])));
  return (
    <nav className="tabs" aria-label="Sections">
      {shown.map((x) => (
        <a key={x.path} href={`#${x.path}`} className={x.path === current ? 'active' : ''} aria-current={x.path === current ? 'page' : undefined}>
          <kbd>{x.key}</kbd> {t(x.label)}
        </a>
      ))}
    </nav>
  );
}

/** A date typed as DD-MM-YYYY (whatever the browser's locale), taken when it is a real date. */
export function DateInput({ label, value, onChange }: { label: string; value: string; onChange: (iso: string) => void }) {
  const [text, setText] = useState(formatDate(value));
  useEffect(() => setText(formatDate(value)), [value]);
  const parsed = parseDate(text);
  return (
    <label className="field date-field">
      <span>{label}</span>
      <input
        value={text}
        placeholder="DD-MM-YYYY"
        inputMode="numeric"
        aria-invalid={text.trim() !== '' && !parsed}
        onChange={(e) => {
          setText(e.target.value);
          const iso = parseDate(e.target.value);
          if (iso) onChange(iso);
        }}
      />
    </label>
  );
}

/** From–to with one-click presets; defaults are chosen by each report (FY, month or today). */
export function RangePicker({ value, onChange }: { value: Range; onChange: (r: Range) => void }) {
  const { t } = useT();
  const presets: Array<[StringKey, Range]> = [
    ['today', oneDay()],
    ['thisMonth', thisMonth()],
    ['thisFy', thisFy()],
  ];
  return (
    <div className="range">
      <DateInput label={t('fromDate')} value={value.from} onChange={(from) => onChange({ ...value, from })} />
      <DateInput label={t('toDate')} value={value.to} onChange={(to) => onChange({ ...value, to })} />
      <div className="presets">
        {presets.map(([label, r]) => (
          <button key={label} type="button" className={`small ${r.from === value.from && r.to === value.to ? 'on' : ''}`} onClick={() => onChange(r)}>
            {t(label)}
          </button>
        ))}
      </div>
    </div>
  );
}

type ExportParams = ParamsIn<'reports.export'>;

/** Excel (Ctrl+E) and PDF (Ctrl+P) of the report on screen; the host builds the file. */
export function ExportButtons({ params }: { params: Omit<ExportParams, 'format'> }) {
  const { t } = useT();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const run = (format: 'xlsx' | 'pdf') => {
    if (busy) return;
    setBusy(true);
    api
      .call('reports.export', { ...params, format })
      .then((file) => {
        saveFile(file);
        toast('ok', `${t('exported')}: ${file.fileName}`);
      })
      .catch((e: unknown) => toast('error', errorText(e)))
      .finally(() => setBusy(false));
  };
  useKeys({ 'Ctrl+E': () => run('xlsx'), 'Ctrl+P': () => run('pdf') });
  return (
    <div className="exports">
      <button type="button" disabled={busy} onClick={() => run('xlsx')}>
        <kbd>Ctrl+E</kbd> {t('exportExcel')}
      </button>
      <button type="button" disabled={busy} onClick={() => run('pdf')}>
        <kbd>Ctrl+P</kbd> {t('exportPdf')}
      </button>
    </div>
  );
}

/** 1,00,000.00 in a right-aligned cell; blank for zero when `blankZero`. */
export function Amt({ paise, blankZero = false, testId, className = '' }: { paise: number; blankZero?: boolean; testId?: string; className?: string }) {
  return (
    <td className={`num ${className}`} data-testid={testId}>
      {blankZero && paise === 0 ? '' : formatAmount(paise)}
    </td>
  );
}

/** A signed balance as accountants write it: 1,250.00 Dr / 300.00 Cr. */
export function drCr(paise: number): string {
  if (paise === 0) return '0.00';
  return `${formatAmount(Math.abs(paise))} ${paise > 0 ? 'Dr' : 'Cr'}`;
}

/** Runs a read method for a screen and shows loading and errors the same way everywhere. */
export function useMethod<M extends MethodName>(method: M, params: ParamsIn<M>, enabled = true) {
  return useQuery({ ...methodQuery(method, params, { keepPrevious: true }), enabled });
}

export function Loading({ query, children }: { query: { isPending: boolean; error: unknown }; children: () => ReactNode }) {
  const { t } = useT();
  if (query.error) return <p className="error">{errorText(query.error)}</p>;
  if (query.isPending) return <p className="hint">{t('loading')}</p>;
  return <>{children()}</>;
}

export type EntryResult = Result<'accounting.entry'>;

/** A page header: title, what it covers, and its buttons. */
export function ReportHead({ title, sub, children }: { title: string; sub?: string; children?: ReactNode }) {
  return (
    <header className="report-head">
      <div>
        <h1>{title}</h1>
        {sub && <p className="hint">{sub}</p>}
      </div>
      <div className="report-actions">{children}</div>
    </header>
  );
}

/** The frame of every book: title and period, its buttons, its filters, then the table. */
export function ReportPage({
  testId,
  title,
  sub,
  actions,
  filters,
  children,
}: {
  testId: string;
  title: string;
  sub?: string;
  actions?: ReactNode;
  filters?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="report-page" data-testid={testId}>
      <ReportHead title={title} sub={sub}>
        {actions}
      </ReportHead>
      {filters && <div className="filters">{filters}</div>}
      {children}
    </section>
  );
}

/** The one row of a table with nothing in it for the period. */
export function EmptyRow({ cols }: { cols: number }) {
  const { t } = useT();
  return (
    <tr>
      <td colSpan={cols} className="hint">
        {t('nothingHere')}
      </td>
    </tr>
  );
}

export const rangeText = (r: Range) => `${formatDate(r.from)} – ${formatDate(r.to)}`;

const VOUCHER_TYPE_KEYS: Record<string, StringKey> = {
  sales: 'vt_sales',
  sales_cancel: 'vt_sales_cancel',
  credit_note: 'vt_credit_note',
  receipt: 'vt_receipt',
  payment: 'vt_payment',
  expense: 'vt_expense',
  contra: 'vt_contra',
  journal: 'vt_journal',
  register: 'vt_register',
  opening: 'vt_opening',
  reversal: 'vt_reversal',
  settlement: 'vt_settlement',
  purchase: 'vt_purchase',
  purchase_return: 'vt_purchase_return',
  stock_adjustment: 'vt_stock_adjustment',
};

/** A voucher type in the reader's language; a type added later shows as the books name it. */
export function useVoucherType() {
  const { t } = useT();
  return (type: string) => {
    const key = VOUCHER_TYPE_KEYS[type];
    return key ? t(key) : type;
  };
}
