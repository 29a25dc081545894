import type { PartyType } from '../../accounting/chart';
import type { Balanced } from '../../accounting/posting';
import type { DocKind } from '../../billing/numbering';
import { fail } from '../../i18n/fail';
import type { Voucher } from './ports';
import { checkLines, nextNumber, postingDate } from './common';
import { found } from '../guards';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';
import { narrate, type NarrationWords } from '../../accounting/narration';
import { reverseEntries, writeEntry } from './journal-entries';

export interface VoucherDraft {
  clientRef?: string | undefined;
  kind: Voucher['kind'];
  /** the number series it takes */
  docKind: DocKind;
  /** the journal entry's type (Tally, day book) */
  voucherType: string;
  date: string | undefined;
  party: { type: PartyType; id: string } | null;
  amountPaise: number;
  method: string;
  reference: string;
  /** what the voucher says: typed, or the books' own with its words */
  narration: string;
  words?: NarrationWords | undefined;
  lines: Balanced;
}

/**
 * One money voucher, one transaction: the voucher row with the device's next number, its balanced
 * journal entry, the audit row and the outbox event. A retry with the same clientRef returns the
 * first voucher. Everything is checked before the transaction starts.
 */
export function postVoucher(deps: ServiceDeps, ctx: CallContext, d: VoucherDraft): Voucher {
  const { store, ids, clock } = deps;
  if (d.clientRef) {
    const retried = store.vouchers.idByClientRef(d.clientRef);
    if (retried) return found(store.vouchers.view(retried, ctx.lang), 'Voucher');
  }
  const date = postingDate(deps, d.date);
  checkLines(deps, d.lines);
  const id = ids.newId('vch');
  const at = clock.now().toISOString();
  store.transaction(() => {
    const { number, fy } = nextNumber(deps, ctx, d.docKind, date);
    store.vouchers.insert({
      id,
      clientRef: d.clientRef ?? null,
      number,
      fy,
      kind: d.kind,
      date,
      createdAt: at,
      userId: ctx.user.id,
      partyType: d.party?.type ?? null,
      partyId: d.party?.id ?? null,
      amountPaise: d.amountPaise,
      method: d.method,
      reference: d.reference,
      narration: d.narration,
    });
    writeEntry(
      deps,
      {
        date,
        voucherType: d.voucherType,
        refType: 'voucher',
        refId: id,
        ...(d.narration ? { narration: d.narration, words: d.words } : narrate('narration.voucher', { kind: d.kind, number })),
      },
      at,
      d.lines,
    );
    store.audit.append({
      at,
      userId: ctx.user.id,
      action: `accounting.${d.kind}`,
      entity: 'voucher',
      entityId: id,
      before: null,
      after: { number, date, amountPaise: d.amountPaise, party: d.party, lines: d.lines },
    });
    store.outbox.append({
      id: ids.newId('evt'),
      at,
      topic: 'voucher.posted',
      payload: { voucherId: id, number, kind: d.kind, date, amountPaise: d.amountPaise },
    });
  });
  return found(store.vouchers.view(id, ctx.lang), 'Voucher');
}

/** A voucher is never edited: its reversal is posted today (an open period) and it is marked reversed. */
export function reverseVoucher(deps: ServiceDeps, ctx: CallContext, id: string, reason: string): Voucher {
  const { store, clock } = deps;
  const v = found(store.vouchers.view(id), 'Voucher');
  if (v.reversal) fail('ALREADY_CANCELLED', 'accounting.voucherReversed', { number: v.number });
  const date = postingDate(deps, undefined);
  const at = clock.now().toISOString();
  store.transaction(() => {
    reverseEntries(
      deps,
      v.entries,
      { date, voucherType: 'reversal', refType: 'voucher', refId: v.id, ...narrate('narration.reversal', { number: v.number, reason }) },
      at,
    );
    store.vouchers.markReversed(v.id, { at, userId: ctx.user.id, reason });
    store.audit.append({
      at,
      userId: ctx.user.id,
      action: 'accounting.reverseVoucher',
      entity: 'voucher',
      entityId: v.id,
      before: { reversed: false },
      after: { reversed: true, reason },
    });
  });
  return found(store.vouchers.view(id, ctx.lang), 'Voucher');
}
