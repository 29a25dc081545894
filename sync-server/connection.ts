import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { WebSocket, type RawData } from 'ws';
import { CloseCode } from './close-codes';
import { TokenBucket, type Limits } from './limits';
import type { Metrics } from './metrics';
import {
  checkUpdate,
  decodeClientMessage,
  decodeStateVector,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  ProtocolError,
  type ClientMessage,
} from './protocol';
import type { Peer, Room } from './room';
import type { Access, Principal } from './rooms';

export interface ConnectionContext {
  limits: Limits;
  metrics: Metrics;
  log: (message: string) => void;
}

function bytesOf(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/**
 * One client on one document. Every frame is checked before it touches the document: binary,
 * within the size and rate limits, a whole y-websocket message, an update that decodes; a
 * read-only connection's updates are dropped (its sync step 1 is still answered, so it receives
 * the document). Anything wrong closes this connection only.
 */
export class Connection implements Peer {
  readonly controlled = new Set<number>();
  readonly receivesAwareness: boolean;
  /** answered the last ping */
  alive = true;
  private closed = false;
  private readonly messageBudget: TokenBucket;
  private readonly byteBudget: TokenBucket;

  constructor(
    private readonly ws: WebSocket,
    readonly principal: Principal,
    readonly access: Access,
    readonly room: Room,
    readonly ip: string,
    private readonly ctx: ConnectionContext,
    private readonly onGone: (connection: Connection) => void,
  ) {
    const { limits } = ctx;
    this.receivesAwareness = principal.role !== 'reader';
    this.messageBudget = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    this.byteBudget = new TokenBucket(limits.bytesPerSecond, limits.byteBurst);
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    ws.on('close', () => this.gone());
    ws.on('error', () => this.gone());
    ws.on('pong', () => {
      this.alive = true;
    });
  }

  /** Joins the room: asks a writer for what it has that the relay lacks, and shows who is there. */
  start(): void {
    this.room.peers.add(this);
    if (this.access === 'write') this.send(encodeSyncStep1(this.room.doc));
    const states = this.room.awareness.getStates();
    if (this.receivesAwareness && states.size > 0) this.send(encodeAwareness(encodeAwarenessUpdate(this.room.awareness, [...states.keys()])));
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > this.ctx.limits.maxBufferedBytes) return this.close(CloseCode.rateLimited, 'too slow to keep up');
    this.ws.send(frame);
    this.ctx.metrics.bytesOut += frame.byteLength;
    this.ctx.metrics.messagesOut++;
  }

  close(code: CloseCode, reason: string): void {
    if (this.closed) return;
    this.ctx.metrics.closed(code);
    try {
      this.ws.close(code, reason.slice(0, 120));
    } catch {
      this.ws.terminate();
    }
    this.gone();
  }

  ping(): void {
    this.alive = false;
    try {
      this.ws.ping();
    } catch {
      this.terminate();
    }
  }

  terminate(): void {
    this.ws.terminate();
    this.gone();
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    const started = performance.now();
    const frame = bytesOf(data);
    const { metrics, limits } = this.ctx;
    metrics.bytesIn += frame.byteLength;
    metrics.messagesIn++;
    if (!isBinary) return this.close(CloseCode.badRequest, 'binary frames only');
    if (frame.byteLength > limits.maxMessageBytes) return this.close(CloseCode.tooLarge, 'message too large');
    if (!this.messageBudget.take() || !this.byteBudget.take(frame.byteLength)) return this.close(CloseCode.rateLimited, 'too many messages');
    try {
      this.dispatch(decodeClientMessage(frame), started);
    } catch (e) {
      if (e instanceof ProtocolError) return this.close(CloseCode.badRequest, e.message);
      this.ctx.log(`[relay] ${this.room.name}: a message failed (${(e as Error).message})`);
      this.close(CloseCode.internalError, 'the relay could not handle the message');
    }
  }

  private dispatch(message: ClientMessage, started: number): void {
    const { metrics, limits } = this.ctx;
    switch (message.type) {
      case 'sync-step1':
        decodeStateVector(message.stateVector);
        return this.send(encodeSyncStep2(this.room.doc, message.stateVector));
      case 'sync-step2':
      case 'sync-update':
        if (this.access !== 'write') return metrics.drop('read-only');
        checkUpdate(message.update);
        if (this.room.approxBytes + message.update.byteLength > limits.maxDocumentBytes) return this.close(CloseCode.tooLarge, 'document too large');
        try {
          Y.applyUpdate(this.room.doc, message.update, this);
        } catch {
          throw new ProtocolError('the update does not apply');
        }
        return metrics.recordFanOut(performance.now() - started);
      case 'awareness':
        if (message.update.byteLength > limits.maxAwarenessBytes) return metrics.drop('awareness-too-large');
        if (this.access !== 'write') {
          // Not shared, but echoed: y-websocket reconnects after 30 s without any message.
          metrics.drop('awareness-read-only');
          return this.send(encodeAwareness(message.update));
        }
        try {
          applyAwarenessUpdate(this.room.awareness, message.update, this);
        } catch {
          throw new ProtocolError('the awareness update does not decode');
        }
        return;
      case 'query-awareness':
        if (this.receivesAwareness) this.send(encodeAwareness(encodeAwarenessUpdate(this.room.awareness, [...this.room.awareness.getStates().keys()])));
        return;
      case 'auth':
        return metrics.drop('auth-message');
    }
  }

  private gone(): void {
    if (this.closed) return;
    this.closed = true;
    this.room.peers.delete(this);
    if (this.controlled.size > 0) removeAwarenessStates(this.room.awareness, [...this.controlled], null);
    this.onGone(this);
  }
}
