import type { ReactNode } from 'react';
import type { Role } from '../../../core/contract';
import type { Session } from '../api/session';
import { CatalogScreen } from '../features/catalog/CatalogScreen';
import { VouchersScreen } from '../features/accounting/VouchersScreen';
import { BankScreen } from '../features/bank/BankScreen';
import { CounterScreen } from '../features/counter/CounterScreen';
import { CustomerDisplay } from '../features/display/CustomerDisplay';
import { InventoryScreen } from '../features/inventory/InventoryScreen';
import { StockTakeScreen } from '../features/inventory/StockTakeScreen';
import { LabelsScreen } from '../features/labels/LabelsScreen';
import { PurchasingScreen } from '../features/purchasing/PurchasingScreen';
import { ScannerSettingsScreen, ScannerTestScreen } from '../features/scanner/ScannerSettings';
import { GstScreen } from '../features/gst/GstScreen';
import { KhataScreen } from '../features/khata/KhataScreen';
import { BooksScreen } from '../features/reports/BooksScreen';
import { PrinterSettings } from '../features/settings/PrinterSettings';
import type { StringKey } from '../i18n/strings';

export interface ScreenProps {
  session: Session;
  onSwitchUser: () => void;
}

export interface Route {
  path: string;
  label: StringKey;
  /** the least role that sees this screen (the host checks every call again) */
  minRole: Role;
  render: (props: ScreenProps) => ReactNode;
  /** shown alone, without the menu (the customer display faces the customer) */
  bare?: boolean;
}

/** Every screen of the app, in menu order. A feature adds its screen here and nowhere else. */
export const ROUTES: Route[] = [
  { path: '/counter', label: 'navCounter', minRole: 'staff', render: (p) => <CounterScreen {...p} /> },
  { path: '/display', label: 'navDisplay', minRole: 'staff', render: () => <CustomerDisplay />, bare: true },
  { path: '/catalog', label: 'navCatalog', minRole: 'staff', render: (p) => <CatalogScreen {...p} /> },
  { path: '/inventory', label: 'navInventory', minRole: 'staff', render: (p) => <InventoryScreen {...p} /> },
  { path: '/count', label: 'navStockTake', minRole: 'staff', render: (p) => <StockTakeScreen {...p} /> },
  { path: '/purchasing', label: 'navPurchasing', minRole: 'manager', render: () => <PurchasingScreen /> },
  { path: '/labels', label: 'navLabels', minRole: 'staff', render: (p) => <LabelsScreen {...p} /> },
  { path: '/scanner-test', label: 'navScanTest', minRole: 'staff', render: () => <ScannerTestScreen /> },
  { path: '/settings/printer', label: 'navPrinter', minRole: 'owner', render: () => <PrinterSettings /> },
  { path: '/settings/scanner', label: 'navScanner', minRole: 'owner', render: () => <ScannerSettingsScreen /> },
  // Books, GST returns and khata (issue #3)
  { path: '/khata', label: 'navKhata', minRole: 'staff', render: (p) => <KhataScreen {...p} /> },
  { path: '/vouchers', label: 'navVouchers', minRole: 'staff', render: (p) => <VouchersScreen {...p} /> },
  { path: '/books', label: 'navBooks', minRole: 'manager', render: (p) => <BooksScreen {...p} /> },
  { path: '/gst', label: 'navGst', minRole: 'manager', render: (p) => <GstScreen {...p} /> },
  { path: '/bank', label: 'navBank', minRole: 'manager', render: () => <BankScreen /> },
];
