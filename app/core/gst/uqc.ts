import { uqcOf, type Uqc } from '../contract/vocabulary';

export { uqcOf };

/** The key a product's own UQC is found by in the HSN summary, whose rows are by HSN and unit. */
export const uqcKey = (hsn: string, unit: string): string => `${hsn}|${unit}`;

/** The UQC a summary row is filed with: the one its products name, else the unit's. */
export function uqcFor(hsn: string, unit: string, chosen: ReadonlyMap<string, Uqc> = new Map()): Uqc {
  return chosen.get(uqcKey(hsn, unit)) ?? uqcOf(unit);
}
