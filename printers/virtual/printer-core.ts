import { STATUS_OK } from '../escpos/status';

/**
 * What a receipt printer does with the bytes it receives, whatever the wire: answers DLE EOT
 * status questions at once (as real printers do, even mid-job) and keeps what it prints.
 * Faults make it behave like a printer out of paper, with its cover open, or running out of
 * paper part-way through a receipt.
 */
export type PaperFault = 'none' | 'paper-out' | 'paper-out-mid-job' | 'cover-open';

export interface PrinterCoreOptions {
  /** printers on one-way links, or old ones, never answer status */
  answersStatus: boolean;
  fault: () => PaperFault;
}

export interface JobResult {
  /** what reached the paper (all of it, or up to where the paper ran out) */
  bytes: Buffer;
  partial: boolean;
  /** only status questions came: nothing to print */
  statusOnly: boolean;
}

/** only DLE EOT n questions, nothing to print */
function statusOnly(b: Buffer): boolean {
  if (b.length % 3 !== 0) return false;
  for (let i = 0; i < b.length; i += 3) if (b[i] !== 0x10 || b[i + 1] !== 0x04 || (b[i + 2] ?? 0) < 1 || (b[i + 2] ?? 0) > 4) return false;
  return true;
}

export function createPrinterCore(options: PrinterCoreOptions) {
  const chunks: Buffer[] = [];
  let received = 0;
  let tail: number[] = [];
  let paperEndAt: number | null = null;

  const statusByte = (n: number): number => {
    const f = options.fault();
    const paperGone = f === 'paper-out' || (f === 'paper-out-mid-job' && paperEndAt !== null);
    if (n === 2) return STATUS_OK.offline | (f === 'cover-open' ? 0x04 : 0) | (paperGone ? 0x20 : 0);
    if (n === 4) return STATUS_OK.paper | (paperGone ? 0x60 : 0);
    return STATUS_OK.printer | (paperGone || f === 'cover-open' ? 0x08 : 0);
  };

  return {
    /** takes bytes from the wire; returns what the printer says back */
    feed(chunk: Buffer): Buffer {
      chunks.push(chunk);
      const replies: number[] = [];
      for (const byte of chunk) {
        received += 1;
        tail = [...tail.slice(-2), byte];
        if (tail[0] === 0x10 && tail[1] === 0x04 && byte >= 1 && byte <= 4 && tail.length === 3) {
          if (options.answersStatus) replies.push(statusByte(byte));
          tail = [];
        }
      }
      // Paper runs out after the first few hundred bytes of a real receipt.
      if (options.fault() === 'paper-out-mid-job' && paperEndAt === null && received > 300) paperEndAt = received;
      return Buffer.from(replies);
    },
    finish(): JobResult {
      const all = Buffer.concat(chunks);
      const f = options.fault();
      if (f === 'paper-out' || f === 'cover-open') return { bytes: Buffer.alloc(0), partial: false, statusOnly: statusOnly(all) };
      if (paperEndAt !== null) return { bytes: all.subarray(0, paperEndAt), partial: true, statusOnly: false };
      return { bytes: all, partial: false, statusOnly: statusOnly(all) };
    },
  };
}

/** Resolves with the nth job (0-based) once it has arrived; `arrived` is called as jobs come in. */
export function jobWaiter<J>(jobs: readonly J[], what: string) {
  const waiters: Array<() => void> = [];
  return {
    arrived: () => waiters.splice(0).forEach((w) => w()),
    waitForJob: (index: number, timeoutMs = 5000) =>
      new Promise<J>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} job #${index} within ${timeoutMs} ms`)), timeoutMs);
        const check = () => {
          const job = jobs[index];
          if (job) {
            clearTimeout(timer);
            resolve(job);
          } else waiters.push(check);
        };
        check();
      }),
  };
}
