/**
 * A starting HSN heading and GST rate (basis points) by shop category, for imported catalogues
 * that carry none (the real BigBasket and DMart files do not). It is a plausible guess under the
 * GST 2.0 slabs, shown in the import preview for the owner to check, not a tax ruling.
 */
const BY_WORD: Array<[RegExp, string, number]> = [
  [/fruit|vegetable|egg|meat|fish/i, '0709', 0],
  [/dal|pulse|grain|rice|atta|flour|grocery|staple/i, '0713', 0],
  [/dairy|milk|cheese|paneer/i, '0406', 500],
  [/bakery|biscuit|snack|branded food|packaged food|noodle|breakfast/i, '1905', 500],
  [/beverage|tea|coffee|drink|juice/i, '2101', 500],
  [/oil|ghee|masala|spice/i, '1512', 500],
  [/gourmet|world food|sweet|chocolate/i, '2106', 500],
  [/baby/i, '3401', 500],
  [/beauty|hygiene|personal care|cosmetic/i, '3304', 1800],
  [/cleaning|household|detergent/i, '3402', 1800],
  [/kitchen|garden|pet|home|storage/i, '3924', 1800],
];

export function guessHsn(category: string, subCategory = ''): { hsn: string; gstRateBp: number } {
  const text = `${category} ${subCategory}`;
  for (const [re, hsn, gstRateBp] of BY_WORD) if (re.test(text)) return { hsn, gstRateBp };
  return { hsn: '9603', gstRateBp: 1800 };
}
