import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { forecastingQueries } from '../../api/forecasting';
import { useT } from '../../i18n/i18n';
import { ForecastChart } from '../../ui/charts/ForecastChart';

type Target = { productId?: string; category?: string };

/** Forecast against sales for one product or a whole category, picked here or from the overview. */
export function ChartPanel({ target, onTarget }: { target: Target; onTarget: (t: Target) => void }) {
  const { t } = useT();
  const [q, setQ] = useState('');
  const products = useQuery(forecastingQueries.products(q, ''));
  const chart = useQuery(forecastingQueries.chart(target));
  const labels = useMemo(
    () => ({
      title: chart.data ? `${chart.data.title}${chart.data.unit ? ` (${chart.data.unit})` : ''}` : '',
      sold: t('fcSold'),
      forecast: t('fcForecast'),
      low: t('fcLow'),
      high: t('fcHigh'),
      date: t('date'),
      table: t('fcChartTable'),
    }),
    [chart.data, t],
  );
  return (
    <section className="fc-card">
      <div className="filters">
        <label className="field">
          <span>{t('fcCategory')}</span>
          <select value={target.category ?? ''} onChange={(e) => onTarget(e.target.value ? { category: e.target.value } : {})} data-testid="chart-category">
            <option value="">—</option>
            {(products.data?.categories ?? []).map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('search')}</span>
          <input value={q} onChange={(e) => setQ(e.target.value)} list="fc-chart-products" data-testid="chart-search" />
        </label>
        <label className="field">
          <span>{t('fcProducts')}</span>
          <select value={target.productId ?? ''} onChange={(e) => onTarget(e.target.value ? { productId: e.target.value } : {})} data-testid="chart-product">
            <option value="">—</option>
            {(products.data?.products ?? []).map((p) => (
              <option key={p.productId} value={p.productId}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!target.productId && !target.category && <p className="muted">{t('fcPickChart')}</p>}
      {chart.error && <p className="error">{t('fcNoRun')}</p>}
      {chart.data && <ForecastChart days={chart.data.days} labels={labels} />}
    </section>
  );
}
