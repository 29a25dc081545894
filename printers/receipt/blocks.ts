/** A receipt as device-independent blocks; escpos/encode.ts turns them into printer bytes. */
export type Align = 'left' | 'center' | 'right';

export type ReceiptBlock =
  /**
   * A line of text. With `right` it is two parts pushed to the edges (label … amount). Text the
   * printer's fonts cannot show (Devanagari, ₹) is printed as an image by the encoder.
   */
  | { kind: 'text'; text: string; right?: string; align?: Align; bold?: boolean; size?: 'normal' | 'double' }
  | { kind: 'rule'; char?: string }
  | { kind: 'feed'; lines: number }
  /** a QR code (the UPI link); the encoder draws it natively or as an image */
  | { kind: 'qr'; data: string }
  /** a shelf or product label's barcode, drawn by the printer (GS k) */
  | { kind: 'barcode'; type: 'EAN13' | 'CODE128'; data: string }
  /** open the cash drawer: ESC p m t1 t2 with the pulse times in ms */
  | { kind: 'drawer'; pin: 2 | 5; onMs: number; offMs: number }
  | { kind: 'cut'; partial: boolean };

export type TextStyle = Omit<Extract<ReceiptBlock, { kind: 'text' }>, 'kind' | 'text'>;

export const text = (t: string, style: TextStyle = {}): ReceiptBlock => ({ kind: 'text', text: t, ...style });
/** a label and an amount at the two edges of one line */
export const edges = (left: string, right: string, style: Omit<TextStyle, 'right'> = {}): ReceiptBlock => ({ kind: 'text', text: left, right, ...style });

/** Devanagari and anything else outside printable ASCII (after folding ₹ to Rs.) needs an image. */
export function needsRaster(s: string): boolean {
  return /\p{Script=Devanagari}/u.test(s);
}
