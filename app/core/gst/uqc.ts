/** Units as the GST portal's unit quantity codes (UQC) in the HSN summary. */
const UQC: Record<string, string> = { pcs: 'NOS', kg: 'KGS', l: 'LTR', g: 'GMS', ml: 'MLT', pack: 'PAC', box: 'BOX', dozen: 'DOZ' };

export function uqcOf(unit: string): string {
  return UQC[unit] ?? 'OTH';
}
