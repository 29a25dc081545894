/**
 * Time-ordered ids (UUID version 7: 48 bits of milliseconds, then random bits). New rows then go
 * to the right-hand end of every B-tree they are keyed in, instead of a random leaf: on a shop
 * file with years of bills, a random UUID key made each bill dirty ~10 scattered pages, each
 * written whole to the WAL and fsynced. Used by the host for its ids and by screens for the
 * clientRef of a bill, so it lives in the contract.
 */
let lastMs = -1;
let sequence = 0;

/** `random` must fill the array with cryptographically random bytes (node:crypto or the browser's crypto). */
export function uuidv7(nowMs: number, random: (bytes: Uint8Array) => void): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  // Several ids in one millisecond keep their order: a 12-bit counter replaces the first random bits.
  if (nowMs <= lastMs) {
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) lastMs += 1;
    nowMs = lastMs;
  } else {
    sequence = ((bytes[6] ?? 0) & 0x07) << 8;
    lastMs = nowMs;
  }
  for (let i = 5; i >= 0; i--) {
    bytes[i] = nowMs % 256;
    nowMs = Math.floor(nowMs / 256);
  }
  bytes[6] = 0x70 | ((sequence >> 8) & 0x0f);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
