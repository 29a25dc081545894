import type { IdentityDraft } from '../../ui/shop-identity';

type Series = IdentityDraft['saleSeries'];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A series follows the host's part by part: a prefix or next number the owner typed stays theirs. */
function followSeries(mine: Series, was: Series, now: Series): Series {
  if (!mine || !was || !now) return same(mine, was) ? now : mine;
  return { prefix: mine.prefix === was.prefix ? now.prefix : mine.prefix, next: mine.next === was.next ? now.next : mine.next };
}

/**
 * The form after a fresh reading from the host: every field the owner has not changed since the
 * last reading (`was`) takes the new one (`now`); a field the owner typed in keeps the owner's value.
 */
export function followDraft(mine: IdentityDraft, was: IdentityDraft, now: IdentityDraft): IdentityDraft {
  const next: IdentityDraft = { ...mine };
  for (const key of Object.keys(now) as Array<keyof IdentityDraft>) {
    if (key === 'saleSeries' || key === 'creditNoteSeries') next[key] = followSeries(mine[key], was[key], now[key]);
    else if (same(mine[key], was[key])) Object.assign(next, { [key]: now[key] });
  }
  return next;
}
