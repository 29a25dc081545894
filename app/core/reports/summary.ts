import type { z } from 'zod';
import type { ReportModel } from '../contract/areas/report-model';
import { formatCell } from '../format/cell';

// From the contract, as table.ts names it: table.ts builds reports with this summary.
type Report = z.output<typeof ReportModel>;

/**
 * The report in a few lines for WhatsApp: title and period in bold, then each total and
 * subtotal row of each table as "label: figures", then the notes. Figures are the same text as the
 * screen and the PDF (format/cell.ts).
 */
const MAX_LINES = 24;

export function summaryText(r: Omit<Report, 'summary'>): string {
  const lines = [`*${r.title}*`, r.period];
  for (const part of r.parts) {
    const totals = part.rows.filter((row) => row.style === 'total' || row.style === 'subtotal');
    if (totals.length > 0 && part.caption) lines.push('', `_${part.caption}_`);
    for (const row of totals) {
      const label = row.cells.find((c, i) => typeof c === 'string' && c !== '' && part.columns[i]?.kind === 'text');
      const figures = part.columns
        .map((c, i) => ({ c, v: row.cells[i] ?? null }))
        .filter(({ c, v }) => c.kind !== 'text' && c.kind !== 'date' && v !== null)
        .map(({ c, v }) => `${c.label} ${formatCell(v, c.kind)}`);
      if (figures.length > 0) lines.push(`${label ?? ''}: ${figures.join(' · ')}`);
    }
  }
  for (const n of r.notes) lines.push('', n.text);
  return lines.slice(0, MAX_LINES).join('\n');
}
