import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Result } from '../../../../core/contract';
import { formatDate, formatDateTime } from '../../../../core/format';
import { onHostEvent } from '../../api/events';
import { forecastingQueries, useRunForecastMutation } from '../../api/forecasting';
import { useT } from '../../i18n/i18n';
import { methodWord, percent } from './words';
import { ForecastTable } from './ForecastTable';
import { DataTable } from '../../ui/DataTable';

/** The run button and, while a run goes, its progress bar (pushed by the host as it trains). */
export function RunButton({ pressed }: { pressed: number }) {
  const { t } = useT();
  const status = useQuery(forecastingQueries.status());
  const run = useRunForecastMutation();
  const [live, setLive] = useState<{ runId: string; fraction: number } | null>(null);
  useEffect(
    () =>
      onHostEvent((e) => {
        if (e.event !== 'forecast.progress') return;
        setLive(e.payload.status === 'running' ? { runId: e.payload.runId, fraction: e.payload.fraction } : null);
      }),
    [],
  );
  const running = live ?? status.data?.running ?? null;
  const start = () => {
    if (!running && !run.isPending) run.mutate({});
  };
  useEffect(() => {
    if (pressed > 0) start();
    // Only a new press of F9 starts a run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pressed]);
  return (
    <div className="fc-run">
      {running && (
        <label className="fc-progress">
          <span>{t('fcRunning')}</span>
          <progress max={1} value={running.fraction} aria-label={t('fcProgress')} data-testid="forecast-progress" />
          <span className="num">{Math.round(running.fraction * 100)}%</span>
        </label>
      )}
      <button className="primary" onClick={start} disabled={Boolean(running) || run.isPending} data-testid="forecast-run">
        <kbd>F9</kbd> {t('fcRun')}
      </button>
    </div>
  );
}

export function OverviewPanel({ onChart }: { onChart: (target: { productId?: string; category?: string }) => void }) {
  const { t } = useT();
  const status = useQuery(forecastingQueries.status());
  const latest = status.data?.latest ?? null;
  const lastFailed = status.data?.recent[0]?.failed ?? false;
  if (!latest)
    return (
      <section className="fc-card">
        <p>{t('fcNoRun')}</p>
        <p className="muted">{t('fcNightly')}</p>
        {lastFailed && <p className="error">{t('fcRunFailed')}</p>}
      </section>
    );
  const { accuracy, festivals } = latest.summary;
  return (
    <>
      <p className="muted" data-testid="forecast-last-run">
        {t('fcLastRun', { date: formatDateTime(latest.finishedAt ?? latest.startedAt), products: latest.products, seconds: Math.round(latest.seconds ?? 0) })}
        {' · '}
        {t('fcNightly')}
        {lastFailed && <span className="error"> · {t('fcRunFailed')}</span>}
      </p>
      <div className="fc-cards">
        <Accuracy accuracy={accuracy} onChart={onChart} />
        <section className="fc-card" data-testid="forecast-festivals">
          <h2>{t('fcFestivals')}</h2>
          {festivals.length === 0 && <p className="muted">{t('fcNoFestivals')}</p>}
          <ul className="fc-festivals">
            {festivals.map((f) => (
              <li key={`${f.key}${f.date}`}>
                <strong>{t('fcFestivalIn', { name: f.name, days: f.inDays, date: formatDate(f.date) })}</strong>
                {f.lastDate === null ? (
                  <span className="muted">: {t('fcFestivalNoHistory')}</span>
                ) : f.categories.length === 0 ? (
                  <span className="muted">: {t('fcFestivalFlat')}</span>
                ) : (
                  <ul>
                    {f.categories.map((c) => (
                      <li key={c.category}>
                        <button className="link" onClick={() => onChart({ category: c.category })}>
                          {t('fcFestivalLift', { category: c.category, lift: c.lift.toLocaleString('en-IN') })}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <Products onChart={onChart} />
    </>
  );
}

type AccuracyFigures = NonNullable<Result<'forecasting.status'>['latest']>['summary']['accuracy'];

function Accuracy({ accuracy, onChart }: { accuracy: AccuracyFigures; onChart: (target: { category: string }) => void }) {
  const { t } = useT();
  const gain = accuracy.wape !== null && accuracy.naiveWape ? 1 - accuracy.wape / accuracy.naiveWape : null;
  return (
    <section className="fc-card" data-testid="forecast-accuracy">
      <h2>{t('fcAccuracy')}</h2>
      <p className="muted">{t('fcAccuracyNote', { from: formatDate(accuracy.fromDate), to: formatDate(accuracy.toDate) })}</p>
      <div className="fc-figures">
        <div>
          <span>{t('fcThisModel')}</span>
          <strong>{percent(accuracy.wape)}</strong>
        </div>
        <div>
          <span>{t('fcLastWeek')}</span>
          <strong>{percent(accuracy.naiveWape)}</strong>
        </div>
      </div>
      {gain !== null && <p className={gain >= 0 ? 'ok' : 'error'}>{t(gain >= 0 ? 'fcBetterBy' : 'fcWorseBy', { pct: Math.abs(Math.round(gain * 100)) })}</p>}
      <DataTable
        kind="grid"
        className="compact"
        scroll={null}
        head={
          <>
            <th>{t('fcCategory')}</th>
            <th className="num">{t('fcThisModel')}</th>
            <th className="num">{t('fcLastWeek')}</th>
          </>
        }
      >
        {Object.entries(accuracy.byCategory).map(([category, a]) => (
          <tr key={category} className={a.wape !== null && a.naiveWape !== null && a.wape > a.naiveWape ? 'fc-loss' : undefined}>
            <td>
              <button className="link" onClick={() => onChart({ category })}>
                {category}
              </button>
            </td>
            <td className="num">{percent(a.wape)}</td>
            <td className="num">{percent(a.naiveWape)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function Products({ onChart }: { onChart: (target: { productId: string }) => void }) {
  const { t } = useT();
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const list = useQuery(forecastingQueries.products(q, category));
  return (
    <section className="fc-card">
      <h2>{t('fcProducts')}</h2>
      <div className="filters">
        <label className="field">
          <span>{t('search')}</span>
          <input value={q} onChange={(e) => setQ(e.target.value)} data-testid="forecast-search" />
        </label>
        <label className="field">
          <span>{t('fcCategory')}</span>
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t('fcAllCategories')}</option>
            {(list.data?.categories ?? []).map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
      </div>
      <ForecastTable
        testId="forecast-products"
        head={
          <>
            <th>{t('name')}</th>
            <th className="num">{t('fcNext7')}</th>
            <th className="num">{t('fcNext28')}</th>
            <th className="num">{t('fcError')}</th>
            <th className="num">{t('fcLastWeek')}</th>
            <th>{t('fcMethod')}</th>
            <th />
          </>
        }
      >
        {(list.data?.products ?? []).map((p) => (
          <tr key={p.productId}>
            <td>
              {p.name} <span className="muted">{p.category}</span>
            </td>
            <td className="num">{p.next7.toLocaleString('en-IN')}</td>
            <td className="num">{p.next28.toLocaleString('en-IN')}</td>
            <td className="num">{percent(p.wape)}</td>
            <td className="num">{percent(p.naiveWape)}</td>
            <td>{p.enoughHistory ? t(methodWord(p.method)) : t('fcShortHistory')}</td>
            <td>
              <button className="small" onClick={() => onChart({ productId: p.productId })}>
                {t('fcShow')}
              </button>
            </td>
          </tr>
        ))}
      </ForecastTable>
    </section>
  );
}
