import { Socket } from 'node:net';

export interface TcpTarget {
  host: string;
  port: number;
  /** how long to wait for the printer to accept the connection */
  connectTimeoutMs?: number;
  /**
   * After the last byte leaves, how long a connection must stay free of errors before the
   * receipt counts as delivered (when the printer does not close its end sooner).
   */
  lingerMs?: number;
}

function describe(target: TcpTarget, e: NodeJS.ErrnoException): string {
  const where = `Printer at ${target.host}:${target.port}`;
  if (e.code === 'ECONNREFUSED') return `${where} is off or not listening`;
  if (e.code === 'EHOSTUNREACH' || e.code === 'ENETUNREACH') return `${where} cannot be reached (check the cable or Wi-Fi)`;
  if (e.code === 'ECONNRESET' || e.code === 'EPIPE') return `${where} dropped the connection in the middle of the receipt`;
  return `${where}: ${e.message}`;
}

/**
 * Sends bytes to a network printer (raw port 9100). Resolves only when the printer took them all:
 * it closed its end cleanly, or the connection stayed error-free for `lingerMs` after the last
 * byte. A reset in the middle of a receipt is a failure, so the cashier is told to reprint.
 */
export function sendTcp(target: TcpTarget, bytes: Uint8Array): Promise<void> {
  const connectTimeoutMs = target.connectTimeoutMs ?? 3000;
  const lingerMs = target.lingerMs ?? 600;
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let error: string | null = null;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const done = () => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      socket.destroy();
      if (error) reject(new Error(error));
      else resolve();
    };
    timers.push(
      setTimeout(() => {
        if (!socket.connecting) return;
        error = `Printer at ${target.host}:${target.port} did not answer within ${connectTimeoutMs} ms`;
        done();
      }, connectTimeoutMs),
    );
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error ??= describe(target, e);
    });
    socket.on('close', done);
    socket.connect(target.port, target.host, () => {
      socket.end(bytes, () => timers.push(setTimeout(done, lingerMs)));
    });
  });
}
