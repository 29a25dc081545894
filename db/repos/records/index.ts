import type { Store } from '../../../app/core/services/ports';
import type { RepoContext } from '../context';
import { createAuditRepo } from './audit';
import { createOutboxRepo } from './outbox';

/** The records every area writes: the audit trail and the sync outbox. */
export const createRecordsStore = (ctx: RepoContext): Pick<Store, 'audit' | 'outbox'> => ({ audit: createAuditRepo(ctx), outbox: createOutboxRepo(ctx) });
