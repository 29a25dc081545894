import { Children, type ReactNode } from 'react';
import { Loading } from './Loading';

export interface DataTableProps {
  head: ReactNode;
  children: ReactNode;
  /** totals under the rows */
  foot?: ReactNode;
  kind?: 'report' | 'report wide' | 'grid';
  /** the screen's own classes besides the kind */
  className?: string;
  /** the class of the box that scrolls (some screens cap its height); null: a list that stands in its panel, no box of its own */
  scroll?: string | null;
  testId?: string;
  /** the sentence a table with no rows says instead (what to do to fill it) */
  empty?: ReactNode;
}

/**
 * A table that scrolls sideways on a narrow screen: one header row, then the body's rows.
 * `report` tables read as statements (numbers right, totals ruled); `grid` ones as lists.
 */
export function DataTable({ head, children, foot, kind = 'report', className, scroll = 'table-scroll', testId, empty }: DataTableProps) {
  const none = empty !== undefined && Children.count(children) === 0;
  const table = (
    <table className={className ? `${kind} ${className}` : kind} data-testid={testId}>
      <thead>
        <tr>{head}</tr>
      </thead>
      <tbody>
        {none ? (
          <tr className="empty-row">
            <td colSpan={99} className="hint" data-testid={testId ? `${testId}-empty` : undefined}>
              {/* in a table wider than a phone the sentence stays in view, wrapped to the window */}
              <div className="empty-text">{empty}</div>
            </td>
          </tr>
        ) : (
          children
        )}
      </tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
  return scroll === null ? table : <div className={scroll}>{table}</div>;
}

/** A table of what a read brings: "Loading…" (or the read's error) until the answer is there, then the table. */
export function LoadingTable({ query, ...table }: DataTableProps & { query: { isPending: boolean; error: unknown } }) {
  return <Loading query={query}>{() => <DataTable {...table} />}</Loading>;
}
