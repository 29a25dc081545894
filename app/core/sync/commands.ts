import type { ErrorData } from '../contract/errors';
import type { OutboxCommand } from '../contract/sync-documents';
import { CATALOGUE } from '../i18n/catalogue';
import { fill, type Text } from '../i18n/text';

/** Every key's words, looked up by a key that came over the wire. */
const WORDS: Readonly<Record<string, Text>> = CATALOGUE;

/**
 * The counter's rules for a command a device queued offline (docs/sync.md "Rules"). Pure: the host
 * reads the shop, applies the command through its dispatcher and writes the outcome.
 */

/** Refusals that say nothing about the command (a busy or failing disk): it is tried again later, never recorded as refused. */
export function isPassing(error: ErrorData): boolean {
  return error.code === 'DB_BUSY' || error.code === 'DISK_FULL' || error.code === 'INTERNAL';
}

/** A refusal in both languages the device may show, from the error's key and its values. */
export function wordsOf(error: ErrorData): { en: string; hi: string } {
  const key = error.key ?? `error.${error.code}`;
  const text = Object.hasOwn(WORDS, key) ? (WORDS[key] ?? null) : null;
  if (!text) return { en: error.message, hi: error.message };
  return { en: fill(text.en, error.params), hi: fill(text.hi, error.params) };
}

/**
 * The params the counter applies: the command's uuid becomes the posting's own idempotency key
 * (clientRef), so a command applied again after a crash returns the first posting.
 */
export function paramsToApply(command: OutboxCommand): unknown {
  const params = command.params;
  if (command.method === 'inventory.recordCounts' || typeof params !== 'object' || params === null || Array.isArray(params)) return params;
  return { ...params, clientRef: command.id };
}

interface ChargedLine {
  productId: string;
  unitPricePaise?: number;
}

/**
 * A bill priced from a catalogue that has changed since: the lines charged at a price other than
 * today's. Those post at the charged price (the customer paid it), and the bill is flagged.
 * A price that differs while the device had the current catalogue is an override like any other.
 */
export function pricedFromOlderCatalogue(
  lines: readonly ChargedLine[],
  todayPrice: (productId: string) => number | undefined,
  deviceVersion: number,
  currentVersion: number,
): string[] {
  if (deviceVersion >= currentVersion) return [];
  return lines
    .filter((l) => l.unitPricePaise !== undefined && todayPrice(l.productId) !== undefined && todayPrice(l.productId) !== l.unitPricePaise)
    .map((l) => l.productId);
}
