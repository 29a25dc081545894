/**
 * A code scanned at the counter that is a bill's number (printed as a barcode on its receipt),
 * not a product's: bill numbers carry '/' (C1/2627/00042, GK/2627/0542) and product barcodes never
 * do. Rule 46 numbers are at most 16 characters of letters, digits, '-' and '/'.
 */
export function isBillNumberCode(code: string): boolean {
  return code.length <= 16 && /^[A-Za-z0-9-]+(\/[A-Za-z0-9-]+)+$/.test(code) && /\d$/.test(code);
}
