import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../../../../core/format';
import { insightsQueries, useRunInsightsMutation } from '../../api/insights';
import { useT } from '../../i18n/i18n';
import { BackOffice, fKeyHandler, Tabs, tabKeys, type KeyedTab } from '../../ui/ScreenHead';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { AlertsPanel } from './AlertsPanel';
import { BasketsPanel } from './BasketsPanel';
import { CustomersPanel } from './CustomersPanel';
import { PricesPanel } from './PricesPanel';

type Tab = 'customers' | 'baskets' | 'alerts' | 'prices';

/**
 * The owner's insights from the shop's own bills: customers (groups, who to remind and thank,
 * churn risk with how well it did on a period it never saw) F3, often bought together F4, alerts
 * with dismissal notes F5, price suggestions to apply F6; F9 works them out now (they are worked
 * out each night on a worker thread, so the counter never waits).
 */
export function InsightsScreen() {
  const { t } = useT();
  const [tab, setTab] = useState<Tab>('customers');
  const status = useQuery(insightsQueries.status());
  const run = useRunInsightsMutation();
  const running = Boolean(status.data?.running) || run.isPending;
  // F9 pressed before the status has arrived still starts the run: the host is the one that decides.
  const start = () => {
    if (!running && status.data?.canRun !== false) run.mutate({}, { onSuccess: () => void status.refetch() });
  };
  const tabs: KeyedTab<Tab>[] = [
    { value: 'customers', key: 'F3', label: t('insCustomers') },
    { value: 'baskets', key: 'F4', label: t('insBaskets') },
    { value: 'alerts', key: 'F5', label: t('insAlerts') },
    { value: 'prices', key: 'F6', label: t('insPrices') },
  ];
  const keys = [...tabKeys(tabs, setTab), { key: 'F9', label: t('insRun'), onPress: start, disabled: running, onScreen: true }];
  const onKey = fKeyHandler(keys, false);
  // A dismissal note being written keeps the keys.
  useWindowKeydown((e) => document.querySelector('.overlay') || onKey(e));
  const last = status.data?.last ?? null;
  return (
    <BackOffice
      title={t('navCustomerInsights')}
      keys={keys}
      actions={
        <button type="button" className="primary" onClick={start} disabled={running || status.data?.canRun === false} data-testid="insights-run">
          {running ? (
            t('insRunning')
          ) : (
            <>
              <kbd>F9</kbd> {t('insRun')}
            </>
          )}
        </button>
      }
    >
      <Tabs value={tab} onChange={setTab} options={tabs} />
      <div className="insights" data-testid="insights">
        <p className="muted" data-testid="insights-status">
          {last
            ? t('insLastRun', {
                date: formatDate(last.asOf),
                bills: last.bills.toLocaleString('en-IN'),
                customers: last.customers.toLocaleString('en-IN'),
                seconds: last.seconds,
              })
            : running
              ? t('insRunning')
              : t('insNone')}
          {status.data?.failedAt && <span className="error"> {t('insRunFailed')}</span>}
        </p>
        {last && tab === 'customers' && <CustomersPanel />}
        {last && tab === 'baskets' && <BasketsPanel />}
        {last && tab === 'alerts' && <AlertsPanel />}
        {last && tab === 'prices' && <PricesPanel />}
      </div>
    </BackOffice>
  );
}
