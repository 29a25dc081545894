import { useEffect, useRef, type ReactNode } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { onEnter } from '../keys';
import { allZero, moneyAxisRange, MONEY_TICK_STEPS } from './money-axis';

export interface TrendSeries {
  label: string;
  values: number[];
  /** CSS colour of the line */
  stroke: string;
  dash?: boolean;
}

/**
 * A small line chart of money (paise) drawn by uPlot on a canvas (a few tens of kB, draws a year of
 * points in a millisecond), with the same figures as a table beside it: the table is what a screen
 * reader and a keyboard read, the canvas is hidden from them. `format` writes a value for the axis
 * and the table; the axis starts at ₹0 with whole-rupee ticks, and `empty` is said over a chart of zeros.
 */
export function TrendChart({
  title,
  labels,
  series,
  format,
  tableLabel,
  height = 200,
  onPick,
  empty,
}: {
  title: string;
  labels: string[];
  series: TrendSeries[];
  format: (v: number) => string;
  tableLabel: string;
  height?: number;
  /** opens what a point stands for (the bills of that day) */
  onPick?: (index: number) => void;
  /** the sentence shown when every value is zero ("No sales in this period yet") */
  empty?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = labels.map((_, i) => i);
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false }, y: { range: (_u, min, max) => moneyAxisRange(min, max) } },
      axes: [
        { values: (_u, ticks) => ticks.map((t) => labels[t] ?? ''), stroke: 'currentColor', grid: { show: false } },
        { values: (_u, ticks) => ticks.map(format), incrs: MONEY_TICK_STEPS, stroke: 'currentColor', size: 70 },
      ],
      series: [
        {},
        ...series.map((s) => ({ label: s.label, stroke: s.stroke, width: 2, dash: s.dash ? [6, 4] : undefined, points: { show: labels.length <= 31 } })),
      ],
    };
    const plot = new uPlot(opts, [xs, ...series.map((s) => s.values)], el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(200, el.clientWidth), height }));
    resize.observe(el);
    const click = () => {
      const i = plot.cursor.idx;
      if (onPick && typeof i === 'number') onPick(i);
    };
    el.addEventListener('click', click);
    return () => {
      el.removeEventListener('click', click);
      resize.disconnect();
      plot.destroy();
    };
  }, [labels, series, format, height, onPick]);
  return (
    <figure className="chart">
      <figcaption>
        {title}
        <span className="chart-legend">
          {series.map((s) => (
            <span key={s.label}>
              <i style={{ borderColor: s.stroke, borderStyle: s.dash ? 'dashed' : 'solid' }} /> {s.label}
            </span>
          ))}
        </span>
      </figcaption>
      {empty && allZero(series) && (
        <p className="hint chart-empty" data-testid="chart-empty">
          {empty}
        </p>
      )}
      <div ref={box} className="chart-canvas" aria-hidden="true" />
      <ChartTable caption={tableLabel} head={[title, ...series.map((s) => s.label)]}>
        {labels.map((l, i) => (
          <tr key={l} className={onPick ? 'drill' : ''} tabIndex={onPick ? 0 : undefined} onClick={() => onPick?.(i)} onKeyDown={onEnter(() => onPick?.(i))}>
            <th scope="row">{l}</th>
            {series.map((s) => (
              <td key={s.label} className="num">
                {format(s.values[i] ?? 0)}
              </td>
            ))}
          </tr>
        ))}
      </ChartTable>
    </figure>
  );
}

/** The figures of a chart as a table, folded under a summary the reader can open. */
export function ChartTable({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <details className="chart-table">
      <summary>{caption}</summary>
      <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              {head.map((h, i) => (
                <th key={h} scope="col" className={i ? 'num' : ''}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </details>
  );
}
