import type { z } from 'zod';
import type { ReportModel } from '../../../../core/contract';
import { formatCell, formatInr } from '../../../../core/format';
import { useT } from '../../i18n/i18n';
import { onEnter } from '../keys';

export type Model = z.output<typeof ReportModel>;
type Part = Model['parts'][number];
type Row = Part['rows'][number];
export type DrillTarget = NonNullable<Row['drill']>;

const ROW_CLASS: Record<NonNullable<Row['style']>, string> = {
  group: 'section-head',
  subtotal: 'subtotal',
  total: 'grand',
  muted: 'hint',
  cancelled: 'cancelled',
};

/** One cell as the exports print it; the headline figure carries the ₹ sign on screen. */
function CellView({ row, part, i }: { row: Row; part: Part; i: number }) {
  const column = part.columns[i];
  if (!column) return null;
  const value = row.cells[i] ?? null;
  const text = row.headline && column.kind === 'money' && typeof value === 'number' ? formatInr(value) : formatCell(value, column.kind);
  const detail = row.details?.[i];
  const mark = row.marks?.[i];
  const num = column.kind !== 'text' && column.kind !== 'date';
  const indent = i === 0 && row.level ? { paddingLeft: `${0.7 + row.level * 0.9}rem` } : undefined;
  return (
    <td className={num ? 'num' : column.kind === 'date' ? 'nowrap' : undefined} style={indent} data-testid={mark ?? undefined} data-col={column.key}>
      {text}
      {detail && <small className="hint block">{detail}</small>}
    </td>
  );
}

function PartTable({ part, onDrill }: { part: Part; onDrill?: ((d: DrillTarget) => void) | undefined }) {
  const { t } = useT();
  const wide = part.columns.length > 6;
  return (
    <div className="table-scroll">
      <table className={`report${wide ? ' wide' : ''}`} data-testid={`${part.key}-table`} data-part={part.key}>
        {part.caption && <caption>{part.caption}</caption>}
        <thead>
          <tr>
            {part.columns.map((c) => (
              <th key={c.key} className={c.kind === 'text' || c.kind === 'date' ? undefined : 'num'} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {part.rows.length === 0 && (
            <tr>
              <td colSpan={part.columns.length} className="hint">
                {t('nothingHere')}
              </td>
            </tr>
          )}
          {part.rows.map((row, r) => {
            const drill = onDrill && row.drill ? () => row.drill && onDrill(row.drill) : undefined;
            const classes = [row.style ? ROW_CLASS[row.style] : '', row.headline ? 'headline' : '', drill ? 'drill' : ''].filter(Boolean).join(' ');
            return (
              <tr
                key={r}
                className={classes || undefined}
                data-style={row.style}
                tabIndex={drill ? 0 : undefined}
                onClick={drill}
                onKeyDown={drill ? onEnter(drill) : undefined}
              >
                {part.columns.map((c, i) => (
                  <CellView key={c.key} row={row} part={part} i={i} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The one way a report is drawn on screen: every table of the model with its caption, headings,
 * rows (group, subtotal, total, cancelled), the small second lines, drill-downs by click or Enter,
 * then the notes. The Excel and PDF exports draw the same model (printers/xlsx, printers/pdf).
 */
export function ReportView({ model, onDrill }: { model: Model; onDrill?: (d: DrillTarget) => void }) {
  const twoSides = model.parts.length === 2 && model.parts.every((p) => p.columns.length <= 2);
  return (
    <div className="report-model" data-testid="report-model" data-report={model.report}>
      <div className={twoSides ? 'two-sides' : 'report-parts'}>
        {model.parts.map((p) => (
          <div key={p.key} className={p.columns.length <= 2 ? 'statement' : undefined}>
            <PartTable part={p} onDrill={onDrill} />
          </div>
        ))}
      </div>
      {model.notes.map((n, i) => (
        <p key={i} className={`result ${n.tone === 'info' ? 'hint' : n.tone}`} data-testid={n.mark}>
          {n.text}
        </p>
      ))}
    </div>
  );
}
