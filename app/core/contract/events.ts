import type { z } from 'zod';
import type { DataArea } from './define';
import type { DisplayState } from './areas/display';

/** Pushed from the host to every connected screen (WebSocket or IPC). */
export type HostEvent =
  | { event: 'data.changed'; payload: { areas: DataArea[] } }
  /** a receipt printed, failed for good, or failed and will be tried again by itself */
  | { event: 'print.status'; payload: { invoiceId: string; number: string; status: 'printed' | 'failed' | 'retrying'; error: string | null; attempt: number } }
  /** a counter's open bill, for the customer display */
  | { event: 'display.update'; payload: z.output<typeof DisplayState> }
  /** a code read by a serial barcode scanner on the counter PC */
  | { event: 'scanner.scan'; payload: { code: string; source: 'serial'; port: string; at: string } }
  /** a forecasting run's progress (share done 0…1), and its end */
  | { event: 'forecast.progress'; payload: { runId: string; stage: string; fraction: number; status: 'running' | 'done' | 'failed' } };
