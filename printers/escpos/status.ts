import { PrintError } from '../errors';

/**
 * The printer's answers to DLE EOT 1, 2 and 4 (one byte each, Epson bit layout). A printer on a
 * one-way link (the Windows spooler, most USB printer devices) cannot answer: status is null.
 */
export interface PrinterStatus {
  online: boolean;
  coverOpen: boolean;
  paperOut: boolean;
  paperNearEnd: boolean;
  /** the drawer sensor on connector pin 3 (its sense varies by drawer) */
  drawerSignal: boolean;
  error: boolean;
}

export interface StatusBytes {
  printer: number;
  offline: number;
  paper: number;
}

export function parseStatus(b: StatusBytes): PrinterStatus {
  return {
    online: (b.printer & 0x08) === 0,
    drawerSignal: (b.printer & 0x04) !== 0,
    coverOpen: (b.offline & 0x04) !== 0,
    paperOut: (b.offline & 0x20) !== 0 || (b.paper & 0x60) !== 0,
    paperNearEnd: (b.paper & 0x0c) !== 0,
    error: (b.offline & 0x40) !== 0,
  };
}

/** Status bytes a healthy printer sends (bits 1 and 4 are fixed to 1 in every status byte). */
export const STATUS_OK: StatusBytes = { printer: 0x12, offline: 0x12, paper: 0x12 };

/** A status that stops a receipt, as the error the cashier sees; null when it may print. */
export function blockingProblem(s: PrinterStatus, where: string, partial = false): PrintError | null {
  if (s.paperOut) return new PrintError(`${where} is out of paper: load a new roll, then reprint`, 'paper-out', partial);
  if (s.coverOpen) return new PrintError(`${where} has its cover open: close it, then reprint`, 'cover-open', partial);
  if (s.error) return new PrintError(`${where} reports an error (cutter jam or overheating): switch it off and on`, 'printer-error', partial);
  if (!s.online) return new PrintError(`${where} is offline`, 'offline', partial);
  return null;
}

export function describeStatus(s: PrinterStatus | null): string {
  if (!s) return 'Connected; this link does not report paper or cover status';
  const problem = blockingProblem(s, 'The printer');
  if (problem) return problem.message;
  return s.paperNearEnd ? 'Ready, but the paper roll is nearly finished' : 'Ready';
}
