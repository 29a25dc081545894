import { createServer, type Socket } from 'node:net';

/**
 * A network receipt printer on 127.0.0.1 for development and tests: every connection is one
 * job, recorded as the bytes it sent. Faults can be switched on to test what the app does.
 */
export interface PrintedJob {
  bytes: Buffer;
  at: Date;
}

export type PrinterFault = 'none' | 'drop-mid-job';

export interface VirtualPrinter {
  port: number;
  host: string;
  jobs: PrintedJob[];
  setFault(fault: PrinterFault): void;
  /** resolves with the nth job (0-based) once it has fully arrived */
  waitForJob(index: number, timeoutMs?: number): Promise<PrintedJob>;
  close(): Promise<void>;
}

export async function startVirtualPrinter(options: { port?: number; host?: string; onJob?: (job: PrintedJob) => void } = {}): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  const jobs: PrintedJob[] = [];
  const waiters: Array<() => void> = [];
  const sockets = new Set<Socket>();
  let fault: PrinterFault = 'none';

  const server = createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    let received = 0;
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      received += chunk.length;
      // A printer losing power or link mid-receipt: the connection is reset, not closed politely.
      if (fault === 'drop-mid-job' && received > 16) socket.resetAndDestroy();
    });
    socket.on('close', () => {
      sockets.delete(socket);
      if (fault === 'drop-mid-job') return;
      const job = { bytes: Buffer.concat(chunks), at: new Date() };
      if (job.bytes.length === 0) return;
      jobs.push(job);
      options.onJob?.(job);
      waiters.splice(0).forEach((w) => w());
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    host,
    jobs,
    setFault: (f) => {
      fault = f;
    },
    waitForJob(index, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no print job #${index} within ${timeoutMs} ms`)), timeoutMs);
        const check = () => {
          const job = jobs[index];
          if (job) {
            clearTimeout(timer);
            resolve(job);
          } else waiters.push(check);
        };
        check();
      });
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
