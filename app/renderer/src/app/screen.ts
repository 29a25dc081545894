import type { Session } from '../api/session';

/** What every screen is given by the shell: who is signed in, and how to hand the counter to someone else. */
export interface ScreenProps {
  session: Session;
  onSwitchUser: () => void;
}
