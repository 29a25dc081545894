import { and, eq, lte, max, sql } from 'drizzle-orm';
import type { PartyDue } from '../../../app/core/khata/ageing';
import { ledgerDaily } from '../../schema';
import { query, sumOf, type RepoContext } from '../context';

type ControlAccount = 'DEBTORS' | 'CREDITORS';
/** What raises a party's amount due on its control account: bills to a customer, a supplier's bills to us. */
const RAISES = { DEBTORS: 'debit_paise', CREDITORS: 'credit_paise' } as const;
/** ledger_daily_party (migration 0043) holds only the rows that name a party; SQLite uses it when a query repeats that condition. */
const NAMES_A_PARTY = sql`${ledgerDaily.partyId} <> ''`;

/**
 * Each party's dues on a control account as on a date: its totals and its bills newest first,
 * read lazily, so the ageing stops reading once the amount due is covered (payments settle the
 * oldest bills first, so only the newest are still open). Both read ledger_daily_party, the day
 * totals by party and date with their amounts, and never the date-first table.
 */
export function createPartyDues({ orm, raw }: RepoContext) {
  // The newest-first walk stops part-way, which drizzle's all() cannot: raw, iterated.
  const newest = (account: ControlAccount) =>
    query<{ date: string; raisedPaise: number }, [partyId: string, asOf: string]>(
      raw,
      `SELECT date, ${RAISES[account]} AS raisedPaise FROM ledger_daily
        WHERE account_code = '${account}' AND party_id = ? AND party_id <> '' AND date <= ? AND ${RAISES[account]} > 0 ORDER BY date DESC`,
    );
  const newestRaises = { DEBTORS: newest('DEBTORS'), CREDITORS: newest('CREDITORS') };

  return {
    partyDues(account: ControlAccount, asOf: string, partyId?: string): Map<string, PartyDue> {
      const [raised, lowered] = account === 'DEBTORS' ? [ledgerDaily.debitPaise, ledgerDaily.creditPaise] : [ledgerDaily.creditPaise, ledgerDaily.debitPaise];
      const rows = orm
        .select({ partyId: ledgerDaily.partyId, raisedPaise: sumOf(raised), loweredPaise: sumOf(lowered), lastDate: max(ledgerDaily.date) })
        .from(ledgerDaily)
        .where(
          and(
            eq(ledgerDaily.accountCode, account),
            NAMES_A_PARTY,
            lte(ledgerDaily.date, asOf),
            partyId === undefined ? undefined : eq(ledgerDaily.partyId, partyId),
          ),
        )
        .groupBy(ledgerDaily.partyId)
        .all();
      const statement = newestRaises[account];
      return new Map(
        rows.map(({ partyId: id, raisedPaise, loweredPaise, lastDate }) => [
          id,
          {
            raisedPaise,
            loweredPaise,
            lastDate: lastDate ?? asOf,
            newestRaises: {
              *[Symbol.iterator]() {
                yield* statement().iterate(id, asOf);
              },
            },
          },
        ]),
      );
    },
  };
}
