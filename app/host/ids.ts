import { randomFillSync } from 'node:crypto';
import { uuidv7 } from '../core/contract/ids';
import type { Clock, IdSource } from '../core/services/ports';

export const randomIds: IdSource = { newId: (kind) => `${kind}-${uuidv7(Date.now(), randomFillSync)}` };
export const systemClock: Clock = { now: () => new Date() };
