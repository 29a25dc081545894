import { startHostSync } from '../../../app/host/sync/host-sync';
import { makeTestHost } from '../../support/test-host';

/**
 * A counter host on an existing shop file that starts its embedded relay and applies whatever the
 * devices' outboxes hold, in batches of exactly BATCH commands, until it is killed
 * (tests/sync/host/crash-batch.test.ts).
 */
const [dbFile, batch] = process.argv.slice(2);
if (!dbFile || !batch) throw new Error('usage: crash-child.ts <shop file> <batch size>');
const host = makeTestHost({ dbFile });
await startHostSync(host, { log: () => {}, batch: { size: Number(batch), budgetMs: 60_000 } });
process.stdout.write('applying\n');
