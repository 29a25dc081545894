import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/test-host';
import { checkBooks, invoiceCount } from './check-books';
import { bundlePoster, runAndKill, type KillPlan } from './run-poster';

/**
 * Crash safety: a counter posting bills as fast as it can is SIGKILLed at random moments, again and
 * again, on one growing shop file. After every kill the file must keep every promise of the books.
 * (SIGKILL loses the process, not the OS's page cache: power-cut durability rests on
 * synchronous=FULL, which tests/db/migrate.test.ts checks is set.)
 */
const KILLS = 60;

let poster: Awaited<ReturnType<typeof bundlePoster>>;
let shop: ReturnType<typeof tempDir>;
beforeAll(async () => {
  poster = await bundlePoster();
  shop = tempDir('sk-crash-');
});
afterAll(() => {
  poster?.cleanup();
  shop?.cleanup();
});

const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

function planFor(kill: number): KillPlan {
  // The first run creates the demo shop; it must finish that before the first kill (see first-run.test.ts).
  if (kill % 10 === 4) return { after: 'spawn', ms: between(150, 350) }; // opening the file, login, or the first bill
  if (kill % 10 === 9) return { after: 'ready', ms: between(0, 15) }; // the resent or first bill, often before its ACK
  return { after: 'first-ack', ms: between(30, 400) };
}

/**
 * Half the checks read through a read-only connection, which leaves the dead poster's WAL in place
 * for the next poster's host to recover; a read-write one recovers it, checkpoints and removes it.
 */
function openForCheck(dbFile: string, kill: number): Database.Database {
  return new Database(dbFile, { readonly: kill % 2 === 1 });
}

const isStored = (db: Database.Database, ref: string) => db.prepare('SELECT 1 FROM invoices WHERE client_ref = ?').get(ref) !== undefined;

describe('SIGKILL while billing', () => {
  it(`loses no acknowledged bill and leaves no partial one across ${KILLS} kills`, async () => {
    const started = Date.now();
    const dbFile = join(shop.dir, 'shop.sqlite');
    const acked = new Map<string, string>();
    let unanswered: string | undefined; // the bill in flight at the last kill: the next run resends it
    let killedBeforeFirstAck = 0;
    let committedButUnacknowledged = 0; // kills that fell between COMMIT and the ACK line

    for (let kill = 0; kill < KILLS; kill++) {
      const plan = planFor(kill);
      const runId = `crash-${String(kill).padStart(3, '0')}`;
      const deviceId = kill % 3 === 2 ? 'crash-counter-2' : 'crash-counter-1'; // two devices, two series
      const run = await runAndKill({ script: poster.script, dbFile, runId, deviceId, retryRef: unanswered, plan });
      for (const [ref, number] of run.acked) acked.set(ref, number);
      if (run.unanswered) unanswered = run.unanswered;
      else if (unanswered && acked.has(unanswered)) unanswered = undefined;
      if (run.killedBeforeFirstAck) killedBeforeFirstAck++;

      const db = openForCheck(dbFile, kill);
      try {
        expect(checkBooks(db, { acked, unanswered }), `after kill ${kill + 1} (${JSON.stringify(plan)})`).toEqual([]);
        if (run.unanswered && isStored(db, run.unanswered)) committedButUnacknowledged++;
      } finally {
        db.close();
      }
    }

    const db = new Database(dbFile, { readonly: true });
    const stored = invoiceCount(db);
    db.close();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `crash test: ${KILLS} kills (${killedBeforeFirstAck} before the run's first ACK, ${committedButUnacknowledged} between a COMMIT and its ACK), ` +
        `${acked.size} bills acknowledged, ${stored} stored, ${seconds} s`,
    );
    expect(acked.size).toBeGreaterThan(KILLS);
    expect(killedBeforeFirstAck).toBeGreaterThan(0);
  }, 180_000);
});
