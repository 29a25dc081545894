import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a narrow screen: one header row, then the body's rows.
 * `report` tables read as statements (numbers right, totals ruled); `grid` ones as lists.
 */
export function DataTable({
  head,
  children,
  foot,
  kind = 'report',
  testId,
}: {
  head: ReactNode;
  children: ReactNode;
  /** totals under the rows */
  foot?: ReactNode;
  kind?: 'report' | 'report wide' | 'grid';
  testId?: string;
}) {
  return (
    <div className="table-scroll">
      <table className={kind} data-testid={testId}>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}
