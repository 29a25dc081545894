import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { ParamsIn } from '../../../../core/contract';
import { reportQueries } from '../../api/reports';
import { navigate } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { EntryDialog, type Drill } from '../EntryDialog';
import { ExportButtons } from '../ExportButtons';
import { Loading } from '../Loading';
import { ReportPage } from '../ReportPage';
import { ReportView, type DrillTarget, type Model } from './ReportView';

type Params = ParamsIn<'reports.view'>;

/** Where a drill-down goes: a ledger or a list of bills opens its screen, an entry or a bill opens in a dialog. */
function useDrill(bill?: (invoiceId: string) => ReactNode): [(d: DrillTarget) => void, ReactNode] {
  const [open, setOpen] = useState<Drill | null>(null);
  const go = (d: DrillTarget) => {
    if (d.kind === 'ledger') navigate(`/accounting/ledger?account=${d.account}&from=${d.from}&to=${d.to}${d.partyId ? `&party=${d.partyId}` : ''}`);
    else if (d.kind === 'bills')
      navigate(`/reports/bills?from=${d.from}&to=${d.to}${d.productId ? `&product=${d.productId}` : ''}${d.customerId ? `&customer=${d.customerId}` : ''}`);
    else setOpen(d.kind === 'entry' ? { entryId: d.entryId } : { refId: d.refId });
  };
  return [go, open ? <EntryDialog drill={open} onClose={() => setOpen(null)} {...(bill ? { bill } : {})} /> : null];
}

/** The report as a WhatsApp message: the host's summary of the same model. */
export function ShareSummary({ model }: { model: Model }) {
  const { t } = useT();
  return (
    <a className="button" data-testid="report-whatsapp" href={`https://wa.me/?text=${encodeURIComponent(model.summary)}`} target="_blank" rel="noreferrer">
      {t('whatsapp')}
    </a>
  );
}

/**
 * A report screen: the period or month pickers (filters), the model from the host drawn by
 * ReportView, Excel (Ctrl+E), PDF (Ctrl+P) and WhatsApp of the same model, drill-downs.
 */
export function ReportScreen({
  testId,
  title,
  params,
  filters,
  actions,
  children,
  bill,
}: {
  testId: string;
  /** shown until the model is there */
  title: string;
  params: Params;
  filters?: ReactNode;
  actions?: ReactNode;
  /** more below the tables (a return's validation list) */
  children?: ReactNode;
  /** a bill's items, reprint, PDF and return, shown when a drill-down reaches a bill */
  bill?: (invoiceId: string) => ReactNode;
}) {
  const { lang } = useT();
  const query = useQuery(reportQueries.view(params, lang));
  const [drill, dialog] = useDrill(bill);
  const model = query.data;
  return (
    <ReportPage
      testId={testId}
      title={model ? model.title : title}
      {...(model ? { sub: model.period } : {})}
      actions={
        <>
          {actions}
          <ExportButtons params={params} />
          {model && <ShareSummary model={model} />}
        </>
      }
      filters={filters}
    >
      <Loading query={query}>{() => model && <ReportView model={model} onDrill={drill} />}</Loading>
      {children}
      {dialog}
    </ReportPage>
  );
}
