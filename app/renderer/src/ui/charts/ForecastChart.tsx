import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatDate } from '../../../../core/format';

/**
 * Forecast against what sold, day by day: sales as a solid line, the forecast dashed, and its
 * interval as a shaded band, on a small canvas (uPlot). The same figures are in a table for
 * screen readers (the canvas is hidden from them), so nothing is only in the picture.
 */
export interface ForecastDay {
  date: string;
  actual: number | null;
  point: number | null;
  lower: number | null;
  upper: number | null;
}

export interface ForecastChartLabels {
  title: string;
  sold: string;
  forecast: string;
  low: string;
  high: string;
  date: string;
  table: string;
}

const SOLD = '#1f6f43';
const FORECAST = '#b5460f';
const BAND = 'rgba(181, 70, 15, 0.14)';

const seconds = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000;
const round = (x: number | null) => (x === null ? '' : x.toLocaleString('en-IN', { maximumFractionDigits: 1 }));

export function ForecastChart({ days, labels, height = 260 }: { days: readonly ForecastDay[]; labels: ForecastChartLabels; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || days.length === 0) return;
    const data: uPlot.AlignedData = [
      days.map((d) => seconds(d.date)),
      days.map((d) => d.actual),
      days.map((d) => d.point),
      days.map((d) => d.upper),
      days.map((d) => d.lower),
    ];
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth),
        height,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        legend: { show: true, live: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
        axes: [{ values: (_u, splits) => splits.map((s) => formatDate(new Date(s * 1000).toISOString().slice(0, 10)).slice(0, 5)) }, { size: 50 }],
        series: [
          {},
          { label: labels.sold, stroke: SOLD, width: 2 },
          { label: labels.forecast, stroke: FORECAST, width: 2, dash: [6, 4] },
          { label: labels.high, stroke: 'rgba(181, 70, 15, 0.4)', width: 1 },
          { label: labels.low, stroke: 'rgba(181, 70, 15, 0.4)', width: 1 },
        ],
        bands: [{ series: [3, 4], fill: BAND }],
      },
      data,
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [days, labels, height]);

  return (
    <figure className="forecast-chart" data-testid="forecast-chart">
      <figcaption>{labels.title}</figcaption>
      <div ref={box} aria-hidden="true" />
      {/* A table will not shrink to a hidden 1 px box: the box around it does. */}
      <div className="sr-only">
        <table>
          <caption>{labels.table}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.date}</th>
              <th scope="col">{labels.sold}</th>
              <th scope="col">{labels.forecast}</th>
              <th scope="col">{labels.low}</th>
              <th scope="col">{labels.high}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <th scope="row">{formatDate(d.date)}</th>
                <td>{round(d.actual)}</td>
                <td>{round(d.point)}</td>
                <td>{round(d.lower)}</td>
                <td>{round(d.upper)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
