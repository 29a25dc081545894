/**
 * The custom report's ORDER BY over numbered groups: the sort column, then every key, both as
 * numbers. Only the first `limit` groups are shown, so they are picked with a heap over the groups
 * (one comparison for most groups) and only those are sorted, not the hundreds of thousands of a
 * day by product. Ties fall to the group's number, the order a stable sort of all groups gives.
 */

/** SQLite's NOCASE: only ASCII letters fold. */
export const folded = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const compareText = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/** Each code's place when the axis's words are put in order (equal words share a place), so groups sort by numbers. */
export function ranks(size: number, word: (code: number) => string | null): Float64Array {
  const codes = Array.from({ length: size }, (_, c) => c);
  const words = codes.map(word);
  codes.sort((a, b) => compareText(words[a] ?? null, words[b] ?? null));
  const out = new Float64Array(size);
  let place = 0;
  codes.forEach((c, n) => {
    const before = codes[n - 1];
    if (n > 0 && before !== undefined && compareText(words[before] ?? null, words[c] ?? null) !== 0) place = n;
    out[c] = place;
  });
  return out;
}

/**
 * The first `limit` of `count` groups in order: by `primary` (`dir` 1 ascending, -1 descending),
 * then `secondary` ascending, then the group's number.
 */
export function firstInOrder(primary: Float64Array, secondary: Float64Array, dir: 1 | -1, count: number, limit: number): Int32Array {
  const before = (a: number, b: number): boolean => {
    const p = ((primary[a] ?? 0) - (primary[b] ?? 0)) * dir;
    if (p !== 0) return p < 0;
    const s = (secondary[a] ?? 0) - (secondary[b] ?? 0);
    return s !== 0 ? s < 0 : a < b;
  };
  const k = Math.max(0, Math.min(limit, count));
  // A heap of the best k so far with the last of them on top: a group that is not before it is passed over.
  const heap = new Int32Array(k);
  let size = 0;
  const siftDown = (from: number) => {
    let at = from;
    const item = heap[at] ?? 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      const right = left + 1;
      const later = right < size && before(heap[left] ?? 0, heap[right] ?? 0) ? right : left;
      const child = heap[later] ?? 0;
      if (!before(item, child)) break;
      heap[at] = child;
      at = later;
    }
    heap[at] = item;
  };
  for (let slot = 0; slot < count && k > 0; slot++) {
    if (size < k) {
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        const up = heap[parent] ?? 0;
        if (!before(up, slot)) break;
        heap[at] = up;
        at = parent;
      }
      heap[at] = slot;
    } else if (before(slot, heap[0] ?? 0)) {
      heap[0] = slot;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : 1));
}
