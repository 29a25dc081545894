/** EAN-13 / EAN-8 / UPC-A check digits (GS1: weights 3,1 from the right). */
export function gs1CheckDigit(body: string): number {
  let total = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body.charAt(body.length - 1 - i));
    total += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (total % 10)) % 10;
}

export function hasValidCheckDigit(code: string): boolean {
  if (!/^\d{8}$|^\d{12,14}$/.test(code)) return false;
  return gs1CheckDigit(code.slice(0, -1)) === Number(code.slice(-1));
}

/**
 * What a scanner typed, cleaned: trims, drops an AIM symbology identifier ("]E0"), keeps
 * printable ASCII. Shops also use internal codes (Code128), so letters are kept.
 */
export function normalizeScannedCode(raw: string): string {
  return raw
    .trim()
    .replace(/^\][A-Za-z]\d/, '')
    .replace(/[^\x21-\x7E]/g, '');
}

export function isBarcodeLike(code: string): boolean {
  return /^[A-Za-z0-9\-.]{4,32}$/.test(code);
}
