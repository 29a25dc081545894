import { useState } from 'react';
import { navigate } from '../../app/router';
import type { ScreenProps } from '../../app/screen';
import { useT } from '../../i18n/i18n';
import { BackOffice, fKeyHandler, Tabs } from '../../ui/ScreenHead';
import { LowStock } from './LowStock';
import { StockSettingsPanel } from './StockSettingsPanel';
import { Adjust, Expiring, History, Valuation } from './StockPanels';
import { useWindowKeydown } from '../../ui/useWindowKeydown';

type Tab = 'low' | 'expiring' | 'value' | 'history' | 'adjust' | 'settings';

/** Stock: the low-stock list (to order from), lots about to expire, value, any product's history, adjustments, settings. */
export function InventoryScreen({ session }: ScreenProps) {
  const { t } = useT();
  const role = session.user.role;
  const [tab, setTab] = useState<Tab>('low');
  const tabs = [
    { value: 'low' as const, label: `F3 ${t('lowStockList')}` },
    { value: 'expiring' as const, label: `F4 ${t('expiringLots')}` },
    ...(role !== 'staff'
      ? [
          { value: 'value' as const, label: `F5 ${t('valuation')}` },
          { value: 'history' as const, label: `F6 ${t('history')}` },
          { value: 'adjust' as const, label: `F7 ${t('adjust')}` },
        ]
      : []),
    ...(role === 'owner' ? [{ value: 'settings' as const, label: `F9 ${t('settings')}` }] : []),
  ];
  const keys = [
    ...tabs.map((x) => ({ key: x.label.split(' ')[0] ?? '', label: x.label.slice(x.label.indexOf(' ') + 1), onPress: () => setTab(x.value) })),
    { key: 'F8', label: t('navStockTake'), onPress: () => navigate('/count') },
  ];
  useWindowKeydown(fKeyHandler(keys, false));
  return (
    <BackOffice title={t('navInventory')} keys={keys} actions={<button onClick={() => navigate('/count')}>F8 {t('navStockTake')}</button>}>
      <Tabs value={tab} options={tabs} onChange={setTab} />
      {tab === 'low' && <LowStock canOrder={role !== 'staff'} />}
      {tab === 'expiring' && <Expiring />}
      {tab === 'value' && <Valuation />}
      {tab === 'history' && <History />}
      {tab === 'adjust' && <Adjust />}
      {tab === 'settings' && <StockSettingsPanel />}
    </BackOffice>
  );
}
