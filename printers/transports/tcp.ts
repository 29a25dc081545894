import { Socket } from 'node:net';
import { PrintError } from '../errors';
import { byteReader, type PrinterLink } from './link';

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
  /** how long to wait for a status byte */
  queryTimeoutMs?: number;
}

function describe(where: string, e: NodeJS.ErrnoException): string {
  if (e.code === 'ECONNREFUSED') return `${where} is off or not listening`;
  if (e.code === 'EHOSTUNREACH' || e.code === 'ENETUNREACH') return `${where} cannot be reached (check the cable or Wi-Fi)`;
  if (e.code === 'ECONNRESET' || e.code === 'EPIPE') return `${where} dropped the connection in the middle of the receipt`;
  return `${where}: ${e.message}`;
}

/**
 * A network printer on raw port 9100. A job counts as delivered only when the printer closed its
 * end cleanly, or the connection stayed error-free for `lingerMs` after the last byte: a reset in
 * the middle of a receipt is a failure, so the cashier is told to reprint.
 */
export function openTcp(target: TcpTarget): Promise<PrinterLink> {
  const where = `Printer at ${target.host}:${target.port}`;
  const connectTimeoutMs = target.connectTimeoutMs ?? 3000;
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new PrintError(`${where} did not answer within ${connectTimeoutMs} ms`, 'timeout'));
    }, connectTimeoutMs);
    socket.once('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new PrintError(describe(where, e), 'offline'));
    });
    socket.connect(target.port, target.host, () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(tcpLink(socket, where, target));
    });
  });
}

function tcpLink(socket: Socket, where: string, target: TcpTarget): PrinterLink {
  const replies = byteReader();
  let written = 0;
  let broken: PrintError | null = null;
  let closed = false;
  const onClose: Array<() => void> = [];
  socket.setNoDelay(true);
  socket.on('data', (chunk) => replies.push(chunk));
  socket.on('error', (e: NodeJS.ErrnoException) => {
    broken ??= new PrintError(describe(where, e), 'dropped', written > 0);
  });
  socket.on('close', () => {
    closed = true;
    onClose.splice(0).forEach((f) => f());
  });
  const fail = () => broken ?? new PrintError(`${where} closed the connection in the middle of the receipt`, 'dropped', written > 0);

  return {
    where,
    write: (bytes) =>
      new Promise((resolve, reject) => {
        if (broken || closed) return reject(fail());
        written += bytes.length;
        socket.write(bytes, (err) => (err ? reject(fail()) : resolve()));
      }),
    async query(n) {
      if (broken || closed) throw fail();
      replies.drain();
      socket.write(Buffer.from([0x10, 0x04, n]));
      const answer = await replies.next(target.queryTimeoutMs ?? 300);
      if (broken) throw broken;
      return answer;
    },
    close: () =>
      new Promise((resolve, reject) => {
        const finish = () => {
          clearTimeout(timer);
          socket.destroy();
          if (broken) reject(broken);
          else resolve();
        };
        const timer = setTimeout(finish, target.lingerMs ?? 600);
        if (closed) return finish();
        onClose.push(finish);
        socket.end();
      }),
    destroy: () => socket.destroy(),
  };
}
