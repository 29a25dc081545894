import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { formatDate } from '../../../../core/format';
import { accountingQueries } from '../../api/accounting';
import { useT } from '../../i18n/i18n';
import { useVoucherType } from '../../i18n/names';
import { Amt } from '../../ui/Amount';
import { EntryDialog, type Drill } from '../../ui/EntryDialog';
import { ExportButtons } from '../../ui/ExportButtons';
import { Loading } from '../../ui/Loading';
import { thisMonth, type Range } from '../../ui/period';
import { RangePicker, rangeText } from '../../ui/RangePicker';
import { EmptyRow, ReportPage } from '../../ui/ReportPage';

const HEADS = ['taxablePaise', 'cgstPaise', 'sgstPaise', 'igstPaise', 'cessPaise'] as const;

function HeadCells() {
  const { t } = useT();
  return (
    <>
      <th className="num">{t('taxable')}</th>
      <th className="num">CGST</th>
      <th className="num">SGST</th>
      <th className="num">IGST</th>
      <th className="num">{t('cess')}</th>
    </>
  );
}

type Heads = Record<(typeof HEADS)[number] | 'totalPaise', number>;

interface RegisterRow extends Heads {
  key: string;
  drill: Drill;
  cancelled?: boolean;
  /** the date, number and party cells */
  cells: ReactNode;
}

/** The table both registers share: date, number, party, the tax heads and the total; a row opens its entry. */
function RegisterTable({
  party,
  rows,
  footLabel,
  totals,
  onDrill,
}: {
  party: string;
  rows: RegisterRow[];
  footLabel: ReactNode;
  totals: Heads;
  onDrill: (d: Drill) => void;
}) {
  const { t } = useT();
  return (
    <div className="table-scroll">
      <table className="report wide">
        <thead>
          <tr>
            <th>{t('date')}</th>
            <th>{t('number')}</th>
            <th>{party}</th>
            <HeadCells />
            <th className="num">{t('total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && <EmptyRow cols={9} />}
          {rows.map((r) => (
            <tr
              key={r.key}
              className={`drill ${r.cancelled ? 'cancelled' : ''}`}
              tabIndex={0}
              onClick={() => onDrill(r.drill)}
              onKeyDown={(e) => e.key === 'Enter' && onDrill(r.drill)}
            >
              {r.cells}
              {HEADS.map((h) => (
                <Amt key={h} paise={r[h]} blankZero />
              ))}
              <Amt paise={r.totalPaise} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>{footLabel}</td>
            {HEADS.map((h) => (
              <Amt key={h} paise={totals[h]} />
            ))}
            <Amt paise={totals.totalPaise} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Every bill and credit note of the period with its tax heads; a row drills to its journal entry. */
/** The sales register; `?from=&to=` in the path opens it on that period (the dashboard's drill-down). */
export function SalesRegister({ search }: { search?: URLSearchParams }) {
  const { t } = useT();
  const [range, setRange] = useState<Range>(() => {
    const from = search?.get('from');
    const to = search?.get('to');
    return from && to && /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) ? { from, to } : thisMonth();
  });
  const [drill, setDrill] = useState<Drill | null>(null);
  const query = useQuery(accountingQueries.salesRegister(range));
  return (
    <ReportPage
      testId="report-salesRegister"
      title={t('salesRegister')}
      sub={rangeText(range)}
      actions={<ExportButtons params={{ report: 'salesRegister', ...range }} />}
      filters={<RangePicker value={range} onChange={setRange} />}
    >
      <Loading query={query}>
        {() => {
          const d = query.data;
          if (!d) return null;
          const rows = d.rows.map((r) => ({
            ...r,
            key: r.id,
            drill: { refId: r.id },
            cancelled: r.status === 'cancelled',
            cells: (
              <>
                <td className="nowrap">{formatDate(r.date)}</td>
                <td>
                  {r.number}
                  {r.kind === 'credit_note' && <small className="hint block">{t('creditNote')}</small>}
                  {r.status === 'cancelled' && <small className="warn block">{t('cancelled')}</small>}
                </td>
                <td>
                  {r.customerName ?? t('walkIn')}
                  {r.gstin && <small className="hint block">{r.gstin}</small>}
                </td>
              </>
            ),
          }));
          const foot = `${t('total')}: ${d.totals.invoices} ${t('bills')}, ${d.totals.creditNotes} ${t('creditNotes')}, ${d.totals.cancelled} ${t('cancelled')}`;
          return <RegisterTable party={t('customer')} rows={rows} footLabel={foot} totals={d.totals} onDrill={setDrill} />;
        }}
      </Loading>
      {drill && <EntryDialog drill={drill} onClose={() => setDrill(null)} />}
    </ReportPage>
  );
}

/** Purchase bills (the supplier's number, date and GSTIN), debit notes as negatives, and expense bills with input GST. */
export function PurchaseRegister() {
  const { t } = useT();
  const vt = useVoucherType();
  const [range, setRange] = useState<Range>(thisMonth);
  const [drill, setDrill] = useState<Drill | null>(null);
  const query = useQuery(accountingQueries.purchaseRegister(range));
  return (
    <ReportPage
      testId="report-purchaseRegister"
      title={t('purchaseRegister')}
      sub={rangeText(range)}
      actions={<ExportButtons params={{ report: 'purchaseRegister', ...range }} />}
      filters={<RangePicker value={range} onChange={setRange} />}
    >
      <Loading query={query}>
        {() => {
          const d = query.data;
          if (!d) return null;
          const rows = d.rows.map((r) => ({
            ...r,
            key: r.entryId,
            drill: { entryId: r.entryId },
            cells: (
              <>
                <td className="nowrap">{formatDate(r.date)}</td>
                <td>
                  {r.number ?? '—'}
                  <small className="hint block">
                    {vt(r.voucherType)}
                    {r.supplierDate ? ` · ${formatDate(r.supplierDate)}` : ''}
                    {r.against ? ` · ${r.against}` : ''}
                  </small>
                </td>
                <td>
                  {r.supplierName ?? r.supplierId ?? '—'}
                  {r.supplierGstin && <small className="hint block">{r.supplierGstin}</small>}
                </td>
              </>
            ),
          }));
          return <RegisterTable party={t('supplier')} rows={rows} footLabel={t('total')} totals={d.totals} onDrill={setDrill} />;
        }}
      </Loading>
      {drill && <EntryDialog drill={drill} onClose={() => setDrill(null)} />}
    </ReportPage>
  );
}
