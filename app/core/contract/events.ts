import type { DataArea } from './define';

/** Pushed from the host to every connected screen (WebSocket or IPC). */
export type HostEvent =
  | { event: 'data.changed'; payload: { areas: DataArea[] } }
  | { event: 'print.status'; payload: { invoiceId: string; number: string; status: 'printed' | 'failed'; error: string | null } };
