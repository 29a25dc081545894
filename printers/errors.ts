/**
 * Why a receipt did not print, in words a cashier can act on. `partial` says bytes may have
 * reached the paper (a link dropped mid-receipt, paper ran out while printing): the next copy
 * must then say DUPLICATE. `transient` failures are worth retrying by themselves.
 */
export type PrintFailure = 'not-set-up' | 'offline' | 'timeout' | 'dropped' | 'paper-out' | 'cover-open' | 'printer-error' | 'error';

export class PrintError extends Error {
  constructor(
    message: string,
    readonly failure: PrintFailure,
    readonly partial = false,
  ) {
    super(message);
    this.name = 'PrintError';
  }

  /** nothing came out and trying again soon may work (printer warming up, Wi-Fi blip) */
  get transient(): boolean {
    return !this.partial && (this.failure === 'offline' || this.failure === 'timeout');
  }
}

export function asPrintError(e: unknown): PrintError {
  return e instanceof PrintError ? e : new PrintError(e instanceof Error ? e.message : String(e), 'error');
}
