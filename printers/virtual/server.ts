import { createServer, type Server, type Socket } from 'node:net';
import { createPrinterCore, jobWaiter, type PaperFault } from './printer-core';

/**
 * A network receipt printer on 127.0.0.1 for development and tests: every connection is one job,
 * recorded as the bytes that reached the paper. It answers DLE EOT status questions, and faults
 * can be switched on to test what the app does: off (connections refused), a link dropped
 * mid-receipt, paper out, paper running out part-way, cover open.
 */
export interface PrintedJob {
  bytes: Buffer;
  at: Date;
  /** the paper ran out part-way: only the start of the receipt came out */
  partial: boolean;
  /** performance.now() when the job's last byte arrived (benchmarks) */
  lastByteAt: number;
}

export type PrinterFault = 'none' | 'offline' | 'drop-mid-job' | PaperFault;

export interface VirtualPrinter {
  port: number;
  host: string;
  jobs: PrintedJob[];
  /** connections that came, including ones that printed nothing */
  connections: number;
  setFault(fault: PrinterFault): Promise<void>;
  /** resolves with the nth job (0-based) once it has fully arrived */
  waitForJob(index: number, timeoutMs?: number): Promise<PrintedJob>;
  close(): Promise<void>;
}

export interface VirtualPrinterOptions {
  port?: number;
  host?: string;
  /** false: behave like a printer that never answers status */
  answersStatus?: boolean;
  onJob?: (job: PrintedJob) => void;
}

export async function startVirtualPrinter(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  const jobs: PrintedJob[] = [];
  const waiter = jobWaiter(jobs, 'print');
  const sockets = new Set<Socket>();
  let fault: PrinterFault = 'none';
  let connections = 0;
  let port = options.port ?? 0;

  const onConnection = (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    const core = createPrinterCore({
      answersStatus: options.answersStatus ?? true,
      fault: () => (fault === 'offline' || fault === 'drop-mid-job' ? 'none' : fault),
    });
    let received = 0;
    let dropped = false;
    let lastByteAt = 0;
    socket.on('data', (chunk) => {
      received += chunk.length;
      lastByteAt = performance.now();
      // A printer losing power or link mid-receipt: the connection is reset, not closed politely.
      if (fault === 'drop-mid-job' && received > 16) {
        dropped = true;
        socket.resetAndDestroy();
        return;
      }
      const reply = core.feed(chunk);
      if (reply.length) socket.write(reply);
    });
    socket.on('close', () => {
      sockets.delete(socket);
      if (dropped) return;
      const result = core.finish();
      if (result.statusOnly || result.bytes.length === 0) return;
      const job = { bytes: result.bytes, at: new Date(), partial: result.partial, lastByteAt };
      jobs.push(job);
      options.onJob?.(job);
      waiter.arrived();
    });
    socket.on('error', () => socket.destroy());
  };

  let server: Server | null = null;
  const listen = async () => {
    const s = createServer(onConnection);
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, host, resolve);
    });
    const address = s.address();
    port = typeof address === 'object' && address ? address.port : port;
    server = s;
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (!server) return resolve();
      const s = server;
      server = null;
      s.close(() => resolve());
    });
  await listen();

  return {
    get port() {
      return port;
    },
    host,
    jobs,
    get connections() {
      return connections;
    },
    async setFault(f) {
      // Switched off: nothing listens on the port, so connections are refused as by a dead printer.
      if (f === 'offline' && server) await stop();
      if (f !== 'offline' && !server) await listen();
      fault = f;
    },
    waitForJob: waiter.waitForJob,
    close: stop,
  };
}
