import { randomFillSync } from 'node:crypto';
import { uuidv7 } from '../core/contract/ids';
import type { Clock, IdSource } from '../core/services/ports';

// Random bytes drawn 4 KB at a time: one randomFillSync per 256 ids, not one (≈ 9 µs) per id.
const pool = Buffer.alloc(4096);
let used = pool.length;
function pooledRandom(bytes: Uint8Array): void {
  if (used + bytes.length > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  bytes.set(pool.subarray(used, (used += bytes.length)));
}

export const randomIds: IdSource = { newId: (kind) => `${kind}-${uuidv7(Date.now(), pooledRandom)}` };
export const systemClock: Clock = { now: () => new Date() };
