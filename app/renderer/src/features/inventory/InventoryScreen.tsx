import { useState } from 'react';
import { navigate } from '../../app/router';
import type { ScreenProps } from '../../app/screen';
import { useT } from '../../i18n/i18n';
import { BackOffice, fKeyHandler, Tabs, tabKeys } from '../../ui/ScreenHead';
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
    { value: 'low' as const, key: 'F3', label: t('lowStockList') },
    { value: 'expiring' as const, key: 'F4', label: t('expiringLots') },
    ...(role !== 'staff'
      ? [
          { value: 'value' as const, key: 'F5', label: t('valuation') },
          { value: 'history' as const, key: 'F6', label: t('history') },
          { value: 'adjust' as const, key: 'F7', label: t('adjust') },
        ]
      : []),
    ...(role === 'owner' ? [{ value: 'settings' as const, key: 'F9', label: t('settings') }] : []),
  ];
  const keys = [...tabKeys(tabs, setTab), { key: 'F8', label: t('navStockTake'), onPress: () => navigate('/count'), onScreen: true }];
  useWindowKeydown(fKeyHandler(keys, false));
  return (
    <BackOffice
      title={t('navInventory')}
      keys={keys}
      actions={
        <button onClick={() => navigate('/count')}>
          <kbd>F8</kbd> {t('navStockTake')}
        </button>
      }
    >
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
