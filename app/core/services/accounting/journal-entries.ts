import { reversal, type Balanced } from '../../accounting/posting';
import type { ServiceDeps } from '../ports';
import type { JournalEntry } from './ports';

/** What a document's journal entry says; its id, the entry it undoes and when it was written are added here. */
export type EntryHead = Omit<JournalEntry, 'id' | 'reversesId' | 'createdAt'>;

/** An entry already in the journal, as read back with its lines. */
interface WrittenEntry {
  id: string;
  reversesId: string | null;
  lines: ReadonlyArray<{ account: string; debitPaise: number; creditPaise: number; partyId: string | null }>;
}

type JournalDeps = Pick<ServiceDeps, 'store' | 'ids'>;

/** Writes a document's own entry (not a reversal) under a fresh id, stamped `at`. Call inside the transaction. */
export function writeEntry({ store, ids }: JournalDeps, head: EntryHead, at: string, lines: Balanced): void {
  store.journal.insert({ id: ids.newId('je'), ...head, reversesId: null, createdAt: at }, lines);
}

/**
 * Writes the exact reversal of each entry that is not itself a reversal, each naming the entry it
 * undoes, so a cancelled document's books net to nothing. Call inside the transaction.
 */
export function reverseEntries({ store, ids }: JournalDeps, entries: readonly WrittenEntry[], head: EntryHead, at: string): void {
  for (const e of entries.filter((x) => x.reversesId === null)) {
    const lines = e.lines.map((l) => ({ account: l.account, debit: l.debitPaise, credit: l.creditPaise, partyId: l.partyId }));
    store.journal.insert({ id: ids.newId('je'), ...head, reversesId: e.id, createdAt: at }, reversal(lines));
  }
}
