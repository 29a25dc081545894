import { randomUUID } from 'node:crypto';
import type { Clock, IdSource } from '../core/services/ports';

export const randomIds: IdSource = { newId: (kind) => `${kind}-${randomUUID()}` };
export const systemClock: Clock = { now: () => new Date() };
