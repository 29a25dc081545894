import { gs1CheckDigit } from '../../app/core/catalog/barcode';

/** A catalogue CSV of `rows` distinct products numbered from `first`, each with its own valid EAN-13. */
export function catalogueCsv(rows: number, first = 0): Uint8Array {
  const lines = ['Name,Barcode,MRP,Price,GST %,HSN'];
  for (let i = first; i < first + rows; i++) {
    const body = `890${String(700_000_000 + i).padStart(9, '0')}`;
    lines.push(`Crash Test Item ${i},${body}${gs1CheckDigit(body)},${(20 + (i % 50)).toFixed(2)},${(18 + (i % 50)).toFixed(2)},5,0902`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}
