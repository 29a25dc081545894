import type { ReactNode } from 'react';
import { onEnter } from '../../ui/keys';
import { DataTable } from '../../ui/DataTable';

/** One panel of the dashboard or the insights: its heading, what it shows in a line, then its body. */
export function Panel({ title, help, testId, children }: { title: string; help?: ReactNode; testId?: string; children: ReactNode }) {
  return (
    <section className="dash-panel" data-testid={testId}>
      <h2>{title}</h2>
      {help && <p className="muted">{help}</p>}
      {children}
    </section>
  );
}

export interface Column<R> {
  head: ReactNode;
  cell: (row: R) => ReactNode;
  /** figures: right-aligned */
  num?: boolean;
  /** the cell's own class beside `num` (a fall shown red) */
  className?: string;
}

/**
 * A panel's table: its columns, a line in place of the table when there are no rows, and rows that
 * open what is behind them by click, tap or Enter when `onOpen` is given.
 */
export function PanelTable<R>({
  columns,
  rows,
  rowKey,
  empty,
  testId,
  rowTestId,
  short = false,
  onOpen,
}: {
  columns: ReadonlyArray<Column<R>>;
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** said instead of an empty table */
  empty?: string;
  testId?: string;
  rowTestId?: string;
  /** a scroll box of a few rows' height (long lists) */
  short?: boolean;
  onOpen?: (row: R) => void;
}) {
  if (rows.length === 0 && empty) return <p className="muted">{empty}</p>;
  const cellClass = (c: Column<R>) => [c.num ? 'num' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={short ? 'table-scroll short' : 'table-scroll'}>
      <DataTable
        kind="grid"
        testId={testId}
        scroll={null}
        head={
          <>
            {columns.map((c, i) => (
              <th key={i} className={c.num ? 'num' : undefined}>
                {c.head}
              </th>
            ))}
          </>
        }
      >
        {rows.map((row) => {
          const open = onOpen ? () => onOpen(row) : undefined;
          return (
            <tr
              key={rowKey(row)}
              data-testid={rowTestId}
              className={open ? 'drill' : undefined}
              tabIndex={open ? 0 : undefined}
              onClick={open}
              onKeyDown={open ? onEnter(open) : undefined}
            >
              {columns.map((c, i) => (
                <td key={i} className={cellClass(c)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
