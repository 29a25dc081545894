import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { BackOffice, Tabs, tabKeys, useFKeys, type KeyedTab } from '../../ui/ScreenHead';
import { ChartPanel } from './ChartPanel';
import { DraftsPanel } from './DraftsPanel';
import { OverviewPanel, RunButton } from './OverviewPanel';
import { ReorderPanel } from './ReorderPanel';

type Tab = 'overview' | 'chart' | 'reorder' | 'drafts';

/**
 * The owner's forecasting screen: run it and see how accurate it is and which festivals are
 * coming (F3), forecast against sales for a product or a category (F4), what to reorder and why
 * (F5), and the draft orders to edit and place (F6). F9 runs a forecast.
 */
export function ForecastingScreen() {
  const { t } = useT();
  const [tab, setTab] = useState<Tab>('overview');
  const [chartTarget, setChartTarget] = useState<{ productId?: string; category?: string }>({});
  const [runPressed, setRunPressed] = useState(0);
  const tabs: KeyedTab<Tab>[] = [
    { value: 'overview', key: 'F3', label: t('fcOverview') },
    { value: 'chart', key: 'F4', label: t('fcChart') },
    { value: 'reorder', key: 'F5', label: t('fcReorder') },
    { value: 'drafts', key: 'F6', label: t('fcDrafts') },
  ];
  const keys = [...tabKeys(tabs, setTab), { key: 'F9', label: t('fcRun'), onPress: () => setRunPressed((n) => n + 1), onScreen: true }];
  useFKeys(keys, false);
  const showChart = (target: { productId?: string; category?: string }) => {
    setChartTarget(target);
    setTab('chart');
  };
  return (
    <BackOffice title={t('navForecast')} keys={keys} actions={<RunButton pressed={runPressed} />}>
      <Tabs value={tab} onChange={setTab} options={tabs} />
      <div className="forecasting">
        {tab === 'overview' && <OverviewPanel onChart={showChart} />}
        {tab === 'chart' && <ChartPanel target={chartTarget} onTarget={setChartTarget} />}
        {tab === 'reorder' && <ReorderPanel onDrafts={() => setTab('drafts')} />}
        {tab === 'drafts' && <DraftsPanel />}
      </div>
    </BackOffice>
  );
}
