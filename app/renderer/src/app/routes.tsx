import type { ReactNode } from 'react';
import type { Role } from '../../../core/contract';
import type { Session } from '../api/session';
import { CounterScreen } from '../features/counter/CounterScreen';
import { CustomerDisplay } from '../features/display/CustomerDisplay';
import { ScannerSettingsScreen, ScannerTestScreen } from '../features/scanner/ScannerSettings';
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
  { path: '/scanner-test', label: 'navScanTest', minRole: 'staff', render: () => <ScannerTestScreen /> },
  { path: '/settings/printer', label: 'navPrinter', minRole: 'owner', render: () => <PrinterSettings /> },
  { path: '/settings/scanner', label: 'navScanner', minRole: 'owner', render: () => <ScannerSettingsScreen /> },
];
