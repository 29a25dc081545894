import { Socket } from 'node:net';

export interface TcpTarget {
  host: string;
  port: number;
  /** connect + write + close must finish within this (a printer that hangs must not hang the counter) */
  timeoutMs?: number;
}

/** Sends bytes to a network printer (raw port 9100). Resolves when the printer has taken all of them. */
export function sendTcp(target: TcpTarget, bytes: Uint8Array): Promise<void> {
  const timeoutMs = target.timeoutMs ?? 5000;
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let settled = false;
    const done = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => done(new Error(`Printer at ${target.host}:${target.port} did not answer within ${timeoutMs} ms`)), timeoutMs);
    socket.once('error', (e: NodeJS.ErrnoException) => {
      const why = e.code === 'ECONNREFUSED' ? 'is off or not listening' : e.code === 'EHOSTUNREACH' ? 'cannot be reached' : e.message;
      done(new Error(`Printer at ${target.host}:${target.port} ${why}`));
    });
    socket.connect(target.port, target.host, () => {
      socket.end(bytes, () => done());
    });
  });
}
