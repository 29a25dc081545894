import type { DataArea } from '../../core/contract/define';
import type { CommandOutcome } from '../../core/contract/sync-documents';

export interface SayWhenSyncedOptions {
  /** resolves once every batch committed before the call is on disk */
  flush(): Promise<void>;
  say(outcomes: readonly CommandOutcome[], changes: ReadonlySet<DataArea>): void;
  log: (message: string, error?: unknown) => void;
  retryMs: number;
  closed(): boolean;
  /** called whenever nothing is left to say */
  settled(): void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The applier's outcomes and change events, said only once their batch is on disk. One sync at a
 * time covers every batch committed before it started, so while it runs the next batches commit
 * and wait for the following one; a sync the disk refuses is tried again and says nothing. What is
 * said waits for the event loop's next turn, after whatever request made the batch durable.
 */
export function sayWhenSynced(options: SayWhenSyncedOptions): { add(outcomes: CommandOutcome[], changes: ReadonlySet<DataArea>): void; busy(): boolean } {
  let outcomes: CommandOutcome[] = [];
  let changes = new Set<DataArea>();
  let syncing: Promise<void> | null = null;

  const run = async () => {
    while ((outcomes.length > 0 || changes.size > 0) && !options.closed()) {
      const committed = { outcomes, changes };
      outcomes = [];
      changes = new Set();
      for (;;) {
        try {
          await options.flush();
          break;
        } catch (e) {
          options.log('[sync] the disk did not confirm a batch of commands; its outcomes wait for the next try', e);
          if (options.closed()) return;
          await new Promise((resolve) => setTimeout(resolve, options.retryMs));
        }
      }
      // The flush often resolves inside a counter's bill, at its commit: saying it then would put the
      // staff document's update, the relay's fan-out and its log append before the bill's answer.
      await nextTurn();
      options.say(committed.outcomes, committed.changes);
    }
  };

  return {
    add(more, areas) {
      outcomes.push(...more);
      areas.forEach((area) => changes.add(area));
      syncing ??= run().finally(() => {
        syncing = null;
        options.settled();
      });
    },
    busy: () => syncing !== null,
  };
}
