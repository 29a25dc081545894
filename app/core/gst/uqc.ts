import type { Uqc } from '../contract/vocabulary';

/** Units as the GST portal's unit quantity codes (UQC), for a product that names none of its own. */
const UQC_OF_UNIT: Record<string, Uqc> = { pcs: 'NOS', kg: 'KGS', l: 'LTR', g: 'GMS', ml: 'MLT', pack: 'PAC', box: 'BOX', dozen: 'DOZ' };

export function uqcOf(unit: string): Uqc {
  return UQC_OF_UNIT[unit] ?? 'OTH';
}

/** The key a product's own UQC is found by in the HSN summary, whose rows are by HSN and unit. */
export const uqcKey = (hsn: string, unit: string): string => `${hsn}|${unit}`;

/** The UQC a summary row is filed with: the one its products name, else the unit's. */
export function uqcFor(hsn: string, unit: string, chosen: ReadonlyMap<string, Uqc> = new Map()): Uqc {
  return chosen.get(uqcKey(hsn, unit)) ?? uqcOf(unit);
}
