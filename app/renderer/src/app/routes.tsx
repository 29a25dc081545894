import type { ReactNode } from 'react';
import type { Role } from '../../../core/contract';
import type { Session } from '../api/session';
import { CounterScreen } from '../features/counter/CounterScreen';
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
}

/** Every screen of the app, in menu order. A feature adds its screen here and nowhere else. */
export const ROUTES: Route[] = [{ path: '/counter', label: 'navCounter', minRole: 'staff', render: (p) => <CounterScreen {...p} /> }];
