/** A receipt as device-independent blocks; escpos/encode.ts turns them into printer bytes. */
export type Align = 'left' | 'center' | 'right';

export type ReceiptBlock =
  | { kind: 'text'; text: string; align?: Align; bold?: boolean; size?: 'normal' | 'double' }
  | { kind: 'rule'; char?: string }
  | { kind: 'feed'; lines: number }
  | { kind: 'cut' };

export const text = (t: string, style: Omit<Extract<ReceiptBlock, { kind: 'text' }>, 'kind' | 'text'> = {}): ReceiptBlock => ({ kind: 'text', text: t, ...style });
