import type { ReactNode } from 'react';
import { atLeast, type Role } from '../../../core/contract';
import { CatalogScreen } from '../features/catalog/CatalogScreen';
import { VouchersScreen } from '../features/accounting/VouchersScreen';
import { BankScreen } from '../features/bank/BankScreen';
import { CounterScreen } from '../features/counter/CounterScreen';
import { CustomerDisplay } from '../features/display/CustomerDisplay';
import { ForecastingScreen } from '../features/forecasting/ForecastingScreen';
import { InventoryScreen } from '../features/inventory/InventoryScreen';
import { StockTakeScreen } from '../features/inventory/StockTakeScreen';
import { LabelsScreen } from '../features/catalog/LabelsScreen';
import { PurchasingScreen } from '../features/purchasing/PurchasingScreen';
import { ScannerSettingsScreen, ScannerTestScreen } from '../features/settings/ScannerSettings';
import { GstScreen } from '../features/gst/GstScreen';
import { KhataScreen } from '../features/khata/KhataScreen';
import { AccountingScreen } from '../features/accounting/AccountingScreen';
import { PrinterSettings } from '../features/settings/PrinterSettings';
import { ShopSettings } from '../features/settings/ShopSettings';
import { DevicesScreen } from '../features/auth/DevicesScreen';
import { MyPinScreen } from '../features/auth/MyPinScreen';
import { UsersScreen } from '../features/users/UsersScreen';
import { DashboardScreen } from '../features/insights/DashboardScreen';
import { OfflineCounter } from '../features/sync/OfflineCounter';
import { DeviceQueueScreen, OfflineKhata, PhoneScreen } from '../features/sync/PhoneScreen';
import { BackupsScreen } from '../features/backups/BackupsScreen';
import { OrdersScreen } from '../features/orders/OrdersScreen';
import { WebShopSettingsScreen } from '../features/orders/WebShopSettings';
import { InsightsScreen } from '../features/insights/InsightsScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { CustomReportScreen } from '../features/reports/CustomReportScreen';
import { PaperBillsScreen } from '../features/billing/PaperBillsScreen';
import type { StringKey } from '../i18n/i18n';
import type { ScreenProps } from './screen';

/**
 * The menu's groups, in order: one Alt+digit each (Alt+1…9, then Alt+0), so the keys stay one keystroke
 * however many screens there are; pressing a group's key again moves to its next screen.
 */
export const MENU_GROUPS = ['counter', 'catalog', 'inventory', 'purchasing', 'khata', 'accounting', 'gst', 'bank', 'settings', 'insights', 'reports'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];
/** Groups past the ten digits open with Alt and a letter instead (Alt+R: reports). */
export const GROUP_LETTERS: Partial<Record<MenuGroup, string>> = { reports: 'r' };
export const GROUP_LABELS: Record<MenuGroup, StringKey> = {
  counter: 'navCounter',
  catalog: 'navCatalog',
  inventory: 'navInventory',
  purchasing: 'navPurchasing',
  khata: 'navKhata',
  accounting: 'navAccounting',
  gst: 'navGst',
  bank: 'navBank',
  settings: 'navSettings',
  insights: 'navInsights',
  reports: 'navReports',
};

export interface Route {
  path: string;
  label: StringKey;
  group: MenuGroup;
  /** the least role that sees this screen (the host checks every call again) */
  minRole: Role;
  render: (props: ScreenProps) => ReactNode;
  /** shown alone, without the menu (the customer display faces the customer) */
  bare?: boolean;
  /** the accountant sees it too (the books and GST; never the counter's cash) */
  accountant?: boolean;
  /** what the screen becomes on a synced device while the counter is out of reach (its local copy and queue) */
  offline?: (props: ScreenProps) => ReactNode;
}

/** Whether a role sees a screen: the counter's ladder, or the accountant's own list. */
export function reaches(role: Role, route: Route): boolean {
  return role === 'accountant' ? route.accountant === true : atLeast(role, route.minRole);
}

/** Every screen of the app, in menu order. A feature adds its screen here and nowhere else. */
export const ROUTES: Route[] = [
  {
    path: '/counter',
    label: 'navCounter',
    group: 'counter',
    minRole: 'staff',
    render: (p) => <CounterScreen {...p} />,
    offline: (p) => <OfflineCounter {...p} />,
  },
  {
    path: '/device-queue',
    label: 'navDeviceQueue',
    group: 'counter',
    minRole: 'staff',
    render: () => <DeviceQueueScreen />,
    offline: () => <DeviceQueueScreen />,
  },
  { path: '/display', label: 'navDisplay', group: 'counter', minRole: 'staff', render: () => <CustomerDisplay />, bare: true },
  { path: '/catalog', label: 'navCatalog', group: 'catalog', minRole: 'staff', render: (p) => <CatalogScreen {...p} /> },
  { path: '/inventory', label: 'navInventory', group: 'inventory', minRole: 'staff', render: (p) => <InventoryScreen {...p} /> },
  { path: '/count', label: 'navStockTake', group: 'inventory', minRole: 'staff', render: (p) => <StockTakeScreen {...p} /> },
  { path: '/purchasing', label: 'navPurchasing', group: 'purchasing', minRole: 'manager', render: () => <PurchasingScreen /> },
  { path: '/forecast', label: 'navForecast', group: 'purchasing', minRole: 'manager', render: () => <ForecastingScreen /> },
  { path: '/labels', label: 'navLabels', group: 'catalog', minRole: 'staff', render: (p) => <LabelsScreen {...p} /> },
  { path: '/scanner-test', label: 'navScanTest', group: 'settings', minRole: 'staff', render: () => <ScannerTestScreen /> },
  { path: '/settings/shop', label: 'navShop', group: 'settings', minRole: 'owner', render: (p) => <ShopSettings {...p} /> },
  { path: '/settings/printer', label: 'navPrinter', group: 'settings', minRole: 'owner', render: () => <PrinterSettings /> },
  { path: '/settings/scanner', label: 'navScanner', group: 'settings', minRole: 'owner', render: () => <ScannerSettingsScreen /> },
  { path: '/settings/backups', label: 'navBackups', group: 'settings', minRole: 'owner', render: () => <BackupsScreen /> },
  { path: '/khata', label: 'navKhata', group: 'khata', minRole: 'staff', render: (p) => <KhataScreen {...p} />, offline: () => <OfflineKhata /> },
  { path: '/accounting', label: 'navBooks', group: 'accounting', minRole: 'manager', accountant: true, render: (p) => <AccountingScreen {...p} /> },
  { path: '/vouchers', label: 'navVouchers', group: 'accounting', minRole: 'staff', accountant: true, render: (p) => <VouchersScreen {...p} /> },
  { path: '/gst', label: 'navGst', group: 'gst', minRole: 'manager', accountant: true, render: (p) => <GstScreen {...p} /> },
  { path: '/bank', label: 'navBank', group: 'bank', minRole: 'manager', accountant: true, render: () => <BankScreen /> },
  { path: '/settings/users', label: 'navUsers', group: 'settings', minRole: 'owner', render: () => <UsersScreen /> },
  { path: '/settings/devices', label: 'navDevices', group: 'settings', minRole: 'manager', render: (p) => <DevicesScreen {...p} /> },
  { path: '/settings/my-pin', label: 'navMyPin', group: 'settings', minRole: 'staff', accountant: true, render: () => <MyPinScreen /> },
  { path: '/dashboard', label: 'navDashboard', group: 'insights', minRole: 'manager', render: () => <DashboardScreen />, offline: () => <PhoneScreen /> },
  { path: '/insights', label: 'navCustomerInsights', group: 'insights', minRole: 'manager', render: () => <InsightsScreen /> },
  { path: '/shop-today', label: 'navShopToday', group: 'insights', minRole: 'manager', render: () => <PhoneScreen />, offline: () => <PhoneScreen /> },
  { path: '/orders', label: 'navOrders', group: 'counter', minRole: 'staff', render: () => <OrdersScreen /> },
  { path: '/settings/web-shop', label: 'navWebShop', group: 'settings', minRole: 'owner', render: () => <WebShopSettingsScreen /> },
  { path: '/reports', label: 'navShopReports', group: 'reports', minRole: 'manager', render: () => <ReportsScreen /> },
  { path: '/reports/custom', label: 'navCustomReport', group: 'reports', minRole: 'manager', render: () => <CustomReportScreen /> },
  { path: '/paper-bills', label: 'navPaperBills', group: 'counter', minRole: 'manager', render: () => <PaperBillsScreen /> },
];

/** Where the app opens when no screen is named: the owner's dashboard, everyone else's counter. */
export const homePath = (role: Role) => (role === 'owner' ? '/dashboard' : '/counter');
