import { SerialPort } from 'serialport';
import { createPrinterCore, jobWaiter, type PaperFault } from './printer-core';
import type { PrintedJob } from './server';

/**
 * A receipt printer on a serial port (in tests, one end of a pseudo-terminal pair made with
 * socat). A serial line has no connections, so a job ends at a cut or after a quiet spell.
 */
export interface VirtualSerialPrinter {
  jobs: PrintedJob[];
  setFault(f: PaperFault): void;
  waitForJob(index: number, timeoutMs?: number): Promise<PrintedJob>;
  close(): Promise<void>;
}

export async function startVirtualSerialPrinter(path: string, options: { quietMs?: number } = {}): Promise<VirtualSerialPrinter> {
  const port = new SerialPort({ path, baudRate: 115200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
  const jobs: PrintedJob[] = [];
  const waiter = jobWaiter(jobs, 'serial print');
  let fault: PaperFault = 'none';
  let core = createPrinterCore({ answersStatus: true, fault: () => fault });
  let timer: NodeJS.Timeout | null = null;
  const endJob = () => {
    const r = core.finish();
    core = createPrinterCore({ answersStatus: true, fault: () => fault });
    if (r.statusOnly || r.bytes.length === 0) return;
    jobs.push({ bytes: r.bytes, at: new Date(), partial: r.partial, lastByteAt });
    waiter.arrived();
  };
  let lastByteAt = 0;
  port.on('data', (chunk: Buffer) => {
    lastByteAt = performance.now();
    const reply = core.feed(chunk);
    if (reply.length) port.write(reply);
    if (timer) clearTimeout(timer);
    timer = setTimeout(endJob, options.quietMs ?? 250);
  });
  return {
    jobs,
    setFault: (f) => {
      fault = f;
    },
    waitForJob: waiter.waitForJob,
    close: () =>
      new Promise((resolve) => {
        if (timer) clearTimeout(timer);
        port.close(() => resolve());
      }),
  };
}
