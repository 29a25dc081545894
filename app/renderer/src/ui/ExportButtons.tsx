import type { ParamsIn } from '../../../core/contract';
import { saveFile } from '../api/files';
import { useExportReportMutation } from '../api/reports';
import { useT } from '../i18n/i18n';
import { useKeys } from './keys';
import { useToast } from './Toasts';

type ExportParams = ParamsIn<'reports.export'>;

/** Excel (Ctrl+E) and PDF (Ctrl+P) of the report on screen; the host builds the file. */
export function ExportButtons({ params }: { params: Omit<ExportParams, 'format'> }) {
  const { t } = useT();
  const toast = useToast();
  const exporter = useExportReportMutation();
  const run = (format: 'xlsx' | 'pdf') => {
    if (exporter.isPending) return;
    exporter.mutate(
      { ...params, format },
      {
        onSuccess: (file) => {
          saveFile(file);
          toast('ok', `${t('exported')}: ${file.fileName}`);
        },
      },
    );
  };
  useKeys({ 'Ctrl+E': () => run('xlsx'), 'Ctrl+P': () => run('pdf') });
  return (
    <div className="exports">
      <button type="button" disabled={exporter.isPending} onClick={() => run('xlsx')}>
        <kbd>Ctrl+E</kbd> {t('exportExcel')}
      </button>
      <button type="button" disabled={exporter.isPending} onClick={() => run('pdf')}>
        <kbd>Ctrl+P</kbd> {t('exportPdf')}
      </button>
    </div>
  );
}
