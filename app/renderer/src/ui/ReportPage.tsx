import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';

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

/** The frame of every report: title and period, its buttons, its filters, then the table. */
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

/** The one row of a table with nothing in it: for the period, or `text` where a period is not the reason. */
export function EmptyRow({ cols, text }: { cols: number; text?: string }) {
  const { t } = useT();
  return (
    <tr>
      <td colSpan={cols} className="hint" data-testid="empty-row">
        {text ?? t('nothingHere')}
      </td>
    </tr>
  );
}
