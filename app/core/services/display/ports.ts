import type { z } from 'zod';
import type { DisplayState } from '../../contract';

/** The customer-facing display: a second window or tablet (host events) and an optional pole display. */
export interface CustomerDisplay {
  show(state: z.output<typeof DisplayState>): void;
  current(deviceCode?: string): z.output<typeof DisplayState> | null;
}
