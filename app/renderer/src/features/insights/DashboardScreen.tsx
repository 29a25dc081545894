import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { Result } from '../../../../core/contract';
import { formatDate, formatInrShort } from '../../../../core/format';
import { insightsQueries } from '../../api/insights';
import { navigate } from '../../app/router';
import { useT, type StringKey } from '../../i18n/i18n';
import { HeatMap } from '../../ui/charts/HeatMap';
import { TrendChart } from '../../ui/charts/TrendChart';
import { Loading } from '../../ui/Loading';
import { BackOffice, fKeyHandler } from '../../ui/ScreenHead';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { DashboardLists, PaymentMix } from './DashboardParts';
import { openBills } from './open-bills';
import { Panel } from './Panel';

type Dashboard = Result<'insights.dashboard'>;
type Period = Dashboard['period'];
type Figure = Dashboard['figures']['salesPaise'];

const PERIODS: Array<[Period, StringKey, string]> = [
  ['day', 'periodDay', 'F2'],
  ['week', 'periodWeek', 'F3'],
  ['month', 'periodMonth', 'F4'],
  ['year', 'periodYear', 'F5'],
  ['fy', 'periodFy', 'F6'],
];
export const WEEKDAYS: StringKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The sales register for a period: every figure on the dashboard opens the bills behind it. */

function Change({ now, before, label }: { now: number; before: number; label: string }) {
  const { t } = useT();
  if (before === 0) return <span className="change flat">{`${label}: ${t('noBefore')}`}</span>;
  const bp = Math.round(((now - before) * 10_000) / Math.abs(before));
  const text = `${bp >= 0 ? '▲' : '▼'} ${(Math.abs(bp) / 100).toFixed(1)}%`;
  return <span className={`change ${bp >= 0 ? 'up' : 'down'}`}>{`${label}: ${text}`}</span>;
}

function FigureCard({
  label,
  figure,
  show,
  onOpen,
  testId,
}: {
  label: string;
  figure: Figure;
  show: (v: number) => string;
  onOpen: () => void;
  testId: string;
}) {
  const { t } = useT();
  return (
    <button type="button" className="figure-card" onClick={onOpen} data-testid={testId}>
      <span className="figure-label">{label}</span>
      <strong className="figure-value">{show(figure.current)}</strong>
      <Change now={figure.current} before={figure.previous} label={t('vsPrevious')} />
      <Change now={figure.current} before={figure.lastYear} label={t('vsLastYear')} />
    </button>
  );
}

/** The owner's home: how the shop is doing for the period, against before and last year, and what to look at. */
export function DashboardScreen() {
  const { t, lang } = useT();
  const [period, setPeriod] = useState<Period>('day');
  const query = useQuery(insightsQueries.dashboard({ period }));
  // the period tabs are on screen above the figures: the touch toolbar does not repeat them
  const keys = PERIODS.map(([p, label, key]) => ({ key, label: t(label), onPress: () => setPeriod(p), onScreen: true }));
  useWindowKeydown(fKeyHandler(keys, false));
  const money = useCallback((v: number) => formatInrShort(v, lang), [lang]);
  const d = query.data;
  return (
    <BackOffice
      title={t('navDashboard')}
      keys={keys}
      actions={
        <div className="tabs dash-actions" role="tablist">
          {PERIODS.map(([p, label]) => (
            <button key={p} type="button" role="tab" aria-selected={p === period} className={p === period ? 'on' : ''} onClick={() => setPeriod(p)}>
              {t(label)}
            </button>
          ))}
        </div>
      }
    >
      <Loading query={query}>{() => d && <DashboardBody d={d} money={money} />}</Loading>
    </BackOffice>
  );
}

function DashboardBody({ d, money }: { d: Dashboard; money: (v: number) => string }) {
  const { t } = useT();
  const { from, to } = d.current;
  const open = () => openBills(from, to);
  const count = (v: number) => v.toLocaleString('en-IN');
  const perBill = (v: number) => (v / 1000).toFixed(1);
  const labels = useMemo(() => d.trend.map((b) => (b.label.length === 7 ? b.label : formatDate(b.label).slice(0, 5))), [d.trend]);
  const series = useMemo(
    () => [
      { label: t('thisPeriod'), values: d.trend.map((b) => b.currentPaise), stroke: '#1565c0' },
      { label: t('previousPeriod'), values: d.trend.map((b) => b.previousPaise), stroke: '#9e9e9e', dash: true },
    ],
    [d.trend, t],
  );
  const pick = useCallback(
    (i: number) => {
      const b = d.trend[i];
      if (b) openBills(b.from, b.to);
    },
    [d.trend],
  );
  return (
    <div className="dashboard" data-testid="dashboard">
      <p className="dash-range">{`${formatDate(from)} – ${formatDate(to)}`}</p>
      <div className="figure-grid">
        <FigureCard testId="fig-sales" label={t('salesNet')} figure={d.figures.salesPaise} show={money} onOpen={open} />
        <FigureCard testId="fig-margin" label={t('grossMargin')} figure={d.figures.marginPaise} show={money} onOpen={open} />
        <FigureCard testId="fig-bills" label={t('billsCount')} figure={d.figures.bills} show={count} onOpen={open} />
        <FigureCard testId="fig-average" label={t('averageBill')} figure={d.figures.averageBillPaise} show={money} onOpen={open} />
        <FigureCard testId="fig-items" label={t('itemsPerBill')} figure={d.figures.itemsPerBillMilli} show={perBill} onOpen={open} />
      </div>
      <div className="dash-row">
        <PaymentMix d={d} money={money} />
        <section className="dash-panel money-panel">
          <button type="button" className="link-row" onClick={() => navigate(`/accounting/cash?from=${from}&to=${to}`)} data-testid="cash-in-drawer">
            <span>{t('cashInDrawer')}</span>
            <strong>{money(d.cashInDrawerPaise)}</strong>
          </button>
          <button type="button" className="link-row" onClick={() => navigate('/khata')}>
            <span>{t('duesGiven')}</span>
            <strong>{money(d.duesGivenPaise)}</strong>
          </button>
          <button type="button" className="link-row" onClick={() => navigate('/khata')}>
            <span>{t('duesCollected')}</span>
            <strong>{money(d.duesCollectedPaise)}</strong>
          </button>
          <button type="button" className="link-row" onClick={open}>
            <span>{`${t('returnsLabel')} (${d.returns.count})`}</span>
            <strong>{money(d.returns.totalPaise)}</strong>
          </button>
          <a className="button" data-testid="day-close-link" href={`#/reports/day-close?date=${to}`}>
            {t('shareDayClose')}
          </a>
        </section>
      </div>
      <section className="dash-panel">
        <TrendChart
          title={t('salesTrend')}
          labels={labels}
          series={series}
          format={money}
          tableLabel={t('showTable')}
          onPick={pick}
          empty={t('noSalesInPeriod')}
        />
      </section>
      <Panel title={t('busyHours')}>
        <HeatMap caption={t('busyHours')} rows={WEEKDAYS.map((w) => t(w))} cells={d.busyHours.cells} format={(v) => (v / 100).toFixed(v >= 1000 ? 0 : 1)} />
      </Panel>
      <DashboardLists d={d} money={money} />
    </div>
  );
}
