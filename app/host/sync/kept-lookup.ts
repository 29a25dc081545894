/** A lookup by id that keeps each answer (a miss too) until told to forget them all. */
export function keptLookup<T>(look: (id: string) => T): { get: (id: string) => T; forget: () => void } {
  const seen = new Map<string, { value: T }>();
  return {
    get: (id) => {
      let hit = seen.get(id);
      if (!hit) {
        hit = { value: look(id) };
        seen.set(id, hit);
      }
      return hit.value;
    },
    forget: () => seen.clear(),
  };
}
