import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { customReportQueries, useExportCustomReportMutation } from '../../api/reports-custom';
import { saveFile } from '../../api/files';
import { useT } from '../../i18n/i18n';
import { useKeys } from '../../ui/keys';
import { Loading } from '../../ui/Loading';
import { thisMonth } from '../../ui/period';
import { ShareSummary } from '../../ui/report/ReportScreen';
import { ReportView } from '../../ui/report/ReportView';
import { BackOffice, fKeyHandler } from '../../ui/ScreenHead';
import { useToast } from '../../ui/Toasts';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { CustomReportForm } from './CustomReportForm';
import { CustomReportSaved } from './CustomReportSaved';
import type { Spec } from './custom-spec';

const focus = (selector: string) => document.querySelector<HTMLElement>(selector)?.focus();

/**
 * The owner's own report: group the bills by up to three of day/week/month, product, category,
 * brand, customer, cashier, tender, HSN or supplier; pick the figures, filter, sort; the host
 * draws it on the shared report model, so Excel (Ctrl+E), PDF (Ctrl+P) and WhatsApp show the same.
 * F3 goes to the choices, F4 to the filters, F6 saves, F7 the saved reports.
 */
export function CustomReportScreen() {
  const { t, lang } = useT();
  const toast = useToast();
  const [spec, setSpec] = useState<Spec>(() => ({ ...thisMonth(), groupBy: ['category'], measures: ['sales', 'margin', 'bills'], filters: [], limit: 500 }));
  const ready = (spec.measures ?? []).length > 0;
  const query = useQuery({ ...customReportQueries.view(spec, lang), enabled: ready });
  const exporter = useExportCustomReportMutation();
  const exportAs = (format: 'xlsx' | 'pdf') => {
    if (!ready || exporter.isPending) return;
    exporter.mutate({ ...spec, format }, { onSuccess: (file) => (saveFile(file), toast('ok', `${t('exported')}: ${file.fileName}`)) });
  };
  useKeys({ 'Ctrl+E': () => exportAs('xlsx'), 'Ctrl+P': () => exportAs('pdf') });
  const keys = [
    { key: 'F3', label: t('crChoices'), onPress: () => focus('#custom-first-group') },
    { key: 'F4', label: t('crFilters'), onPress: () => focus('#custom-filter-on') },
    { key: 'F6', label: t('crSave'), onPress: () => focus('#custom-save-name') },
    { key: 'F7', label: t('crSaved'), onPress: () => focus('#custom-saved-list button') },
  ];
  const onKey = fKeyHandler(keys, false);
  useWindowKeydown((e) => document.querySelector('.overlay') || onKey(e));
  const model = query.data;
  return (
    <BackOffice
      title={t('navCustomReport')}
      keys={keys}
      actions={
        <>
          <button type="button" disabled={!ready || exporter.isPending} onClick={() => exportAs('xlsx')} data-testid="custom-excel">
            <kbd>Ctrl+E</kbd> {t('exportExcel')}
          </button>
          <button type="button" disabled={!ready || exporter.isPending} onClick={() => exportAs('pdf')} data-testid="custom-pdf">
            <kbd>Ctrl+P</kbd> {t('exportPdf')}
          </button>
          {model && <ShareSummary model={model} />}
        </>
      }
    >
      <div className="custom-report" data-testid="custom-report">
        <div className="custom-side">
          <CustomReportForm spec={spec} onChange={setSpec} />
          <CustomReportSaved key={spec.title ?? ''} spec={spec} onOpen={setSpec} />
        </div>
        <div className="custom-result" data-testid="custom-result">
          {!ready ? (
            <p className="error" role="alert">
              {t('crNeedFigure')}
            </p>
          ) : (
            <Loading query={query}>
              {() =>
                model && (
                  <>
                    <h2 data-testid="custom-title">{model.title}</h2>
                    <p className="hint">{model.period}</p>
                    {model.parts.every((part) => part.rows.every((row) => row.style === 'total')) ? (
                      <p className="empty-note" data-testid="custom-empty">
                        {t('crNoSales')}
                      </p>
                    ) : (
                      <ReportView model={model} />
                    )}
                  </>
                )
              }
            </Loading>
          )}
        </div>
      </div>
    </BackOffice>
  );
}
