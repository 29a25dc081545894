import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * The y-websocket wire format: a varuint message type, then for sync messages a varuint sync
 * type and one length-prefixed byte array (a state vector or an update). Decoding is strict: a
 * frame with trailing bytes, an unknown type or an update that does not decode is rejected whole,
 * before anything touches a document.
 */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

export type ClientMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  | { type: 'sync-step2' | 'sync-update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'auth' }
  | { type: 'query-awareness' };

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  let message: ClientMessage;
  const decoder = decoding.createDecoder(frame);
  try {
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.sync) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SyncType.step1) message = { type: 'sync-step1', stateVector: payload };
      else if (syncType === SyncType.step2) message = { type: 'sync-step2', update: payload };
      else if (syncType === SyncType.update) message = { type: 'sync-update', update: payload };
      else throw new ProtocolError(`unknown sync message ${syncType}`);
    } else if (type === MessageType.awareness) message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    else if (type === MessageType.auth) return { type: 'auth' };
    else if (type === MessageType.queryAwareness) message = { type: 'query-awareness' };
    else throw new ProtocolError(`unknown message type ${type}`);
  } catch (e) {
    throw e instanceof ProtocolError ? e : new ProtocolError('truncated or malformed frame');
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after the message');
  return message;
}

/** Throws ProtocolError unless the bytes are a whole Yjs update (structs and delete set). */
export function checkUpdate(update: Uint8Array): void {
  try {
    Y.decodeUpdate(update);
  } catch {
    throw new ProtocolError('the update does not decode');
  }
}

export function decodeStateVector(bytes: Uint8Array): Map<number, number> {
  try {
    return Y.decodeStateVector(bytes);
  } catch {
    throw new ProtocolError('the state vector does not decode');
  }
}

function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (doc: Y.Doc) => syncMessage(SyncType.step1, Y.encodeStateVector(doc));

/** What the client lacks, given its state vector (already decoded, so it is known to be well formed). */
export const encodeSyncStep2 = (doc: Y.Doc, stateVector: Uint8Array) => syncMessage(SyncType.step2, Y.encodeStateAsUpdate(doc, stateVector));

export const encodeUpdate = (update: Uint8Array) => syncMessage(SyncType.update, update);

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
