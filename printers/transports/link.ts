/**
 * One print job's connection to a printer, whatever the wire: network, serial, a device file,
 * the Windows spooler or direct USB. Two-way links can ask the printer for its status.
 */
export interface PrinterLink {
  /** for messages: "Printer at 192.168.1.50:9100" */
  where: string;
  write(bytes: Uint8Array): Promise<void>;
  /** the one-byte answer to DLE EOT n, or null when the printer does not answer in time */
  query?(n: 1 | 2 | 3 | 4): Promise<number | null>;
  /** ends the job: resolves once the printer has every byte, rejects if the link broke */
  close(): Promise<void>;
  /** drops the link at once, after a failure */
  destroy(): void;
}

/** Waits for the next byte a printer sends back, up to `ms`; null if none came. */
export function byteReader() {
  const queue: number[] = [];
  let waiter: ((b: number | null) => void) | null = null;
  return {
    push(chunk: Uint8Array) {
      for (const b of chunk) {
        if (waiter) {
          const w = waiter;
          waiter = null;
          w(b);
        } else queue.push(b);
      }
    },
    next(ms: number): Promise<number | null> {
      const b = queue.shift();
      if (b !== undefined) return Promise.resolve(b);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiter = null;
          resolve(null);
        }, ms);
        waiter = (v) => {
          clearTimeout(timer);
          resolve(v);
        };
      });
    },
    /** a late answer to an earlier question must not be read as the answer to the next */
    drain: () => void queue.splice(0),
  };
}
