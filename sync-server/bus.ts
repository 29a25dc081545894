import { z } from 'zod';

/**
 * How relay processes that hold the same document reach each other. Without a bus a relay is one
 * process; with the Redis bus (redis-bus.ts) any number of processes can serve any room.
 *
 * Per room: `update` and `awareness` carry what a process's own clients sent; `hello` (a state
 * vector, to everyone) is said when a process loads the room or its bus reconnects; peers answer
 * with `answer` (what the sender lacks) and `ask` (their own state vector, so the sender answers
 * back with what they lack); `bye` when a process unloads the room. Nothing received over the bus
 * is written to the store by the receiver: the process whose client sent an update writes it, once.
 *
 * A room publishes updates only while it knows another process holds it (from any message of
 * theirs). An update it kept to itself before a newcomer's `hello` arrived is in its `answer`.
 */
export const BUS_KINDS = ['update', 'awareness', 'hello', 'ask', 'answer', 'bye'] as const;
export type BusKind = (typeof BUS_KINDS)[number];

export interface BusMessage {
  kind: BusKind;
  payload: Uint8Array;
  /** the sending process */
  from: string;
  /** one process, or null for every process holding the room */
  to: string | null;
}

export const ControlMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('revoke'), shopId: z.string().max(64), deviceId: z.string().max(64), at: z.number().int().nonnegative() }),
  z.object({ type: z.literal('shop-changed'), shopId: z.string().max(64) }),
  /** the counter sent a web order a status: processes holding its customer's page stream it */
  z.object({ type: z.literal('order-status'), shopId: z.string().max(64), orderId: z.string().max(64) }),
]);
export type ControlMessage = z.infer<typeof ControlMessageSchema>;

export interface BusStats {
  published: number;
  received: number;
  errors: number;
}

export interface RoomBus {
  readonly processId: string;
  join(room: string, onMessage: (message: BusMessage) => void): Promise<void>;
  leave(room: string): Promise<void>;
  publish(room: string, kind: BusKind, payload: Uint8Array, to?: string | null): void;
  publishControl(message: ControlMessage): void;
  onControl(handler: (message: ControlMessage) => void): void;
  /** called after the bus lost and regained its connection (messages may have been missed meanwhile) */
  onReconnect(handler: () => void): void;
  /** messages published and received (for this process), and connection errors */
  stats(): BusStats;
  close(): Promise<void>;
}

const ID_BYTES = 8;
const HEADER = 1 + 2 * ID_BYTES;

/** [kind][from: 8 bytes][to: 8 bytes, zero for everyone][payload] */
export function encodeBusMessage(kind: BusKind, from: string, to: string | null, payload: Uint8Array): Buffer {
  const frame = Buffer.alloc(HEADER + payload.byteLength);
  frame[0] = BUS_KINDS.indexOf(kind);
  frame.write(from, 1, ID_BYTES, 'hex');
  if (to !== null) frame.write(to, 1 + ID_BYTES, ID_BYTES, 'hex');
  frame.set(payload, HEADER);
  return frame;
}

const NOBODY = '0'.repeat(2 * ID_BYTES);

export function decodeBusMessage(frame: Buffer): BusMessage | null {
  const kind = BUS_KINDS[frame[0] ?? 255];
  if (frame.length < HEADER || kind === undefined) return null;
  const to = frame.toString('hex', 1 + ID_BYTES, HEADER);
  return { kind, from: frame.toString('hex', 1, 1 + ID_BYTES), to: to === NOBODY ? null : to, payload: frame.subarray(HEADER) };
}
