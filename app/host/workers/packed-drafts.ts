import type { ImportDraft } from '../../core/catalog/import-rows';
import type { Unit } from '../../core/format/qty';
import type { CheckedImport, RowSource } from '../../core/services/catalog/ports';

/**
 * An import checked on the heavy-work thread, as it crosses to the host's: its good rows as lines
 * of JSON arrays in pieces of about half a MB, each cut at a line's end and sent as its own message
 * (reply-pieces.ts). The host keeps them packed and reads a few rows at a time as it writes them:
 * 200,000 rows as objects were a 300 ms block of its thread on arrival and a heap its GC marked
 * for the whole commit.
 */
export interface PackedCheck extends Omit<CheckedImport, 'drafts'> {
  packedCheck: true;
  pieces: Uint8Array[];
}

export const isPackedCheck = (v: unknown): v is PackedCheck => typeof v === 'object' && v !== null && 'packedCheck' in v && v.packedCheck === true;

/** One row as a JSON array, fields in a fixed order (draftOf reads them back). */
const lineOf = (d: ImportDraft) =>
  JSON.stringify([
    d.line,
    d.name,
    d.nameHi,
    d.altNames,
    d.brand,
    d.category,
    d.subCategory,
    d.packSize,
    d.barcodes,
    d.hsn,
    d.gstRateBp,
    d.hsnGuessed,
    d.cessRateBp,
    d.mrpPaise,
    d.pricePaise,
    d.costPaise,
    d.unit,
    d.loose,
    d.reorderLevelMilli,
    d.reorderQtyMilli,
    d.imageUrl,
    d.active,
  ]);

/** characters of rows in one piece */
const PIECE_CHARS = 512 << 10;

export function packCheck({ drafts, ...rest }: CheckedImport): PackedCheck {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let lines: string[] = [];
  let chars = 0;
  const cut = () => {
    // Each piece its own buffer: it is moved to the host, not copied.
    if (lines.length > 0) pieces.push(encoder.encode(`${lines.join('\n')}\n`));
    [lines, chars] = [[], 0];
  };
  for (let few = drafts.take(1_000); few.length > 0; few = drafts.take(1_000)) {
    for (const d of few) {
      const line = lineOf(d);
      lines.push(line);
      chars += line.length + 1;
      if (chars >= PIECE_CHARS) cut();
    }
  }
  cut();
  return { ...rest, packedCheck: true, pieces };
}

const UNITS: ReadonlySet<string> = new Set<Unit>(['pcs', 'kg', 'l', 'g', 'ml', 'pack', 'box', 'dozen']);
const isUnit = (v: unknown): v is Unit => typeof v === 'string' && UNITS.has(v);

const bad = (): never => {
  throw new Error('A checked import row came back unreadable from the heavy-work thread');
};
const text = (v: unknown): string => (typeof v === 'string' ? v : bad());
const textOrNull = (v: unknown): string | null => (v === null ? null : text(v));
const int = (v: unknown): number => (Number.isSafeInteger(v) && typeof v === 'number' ? v : bad());
const intOrNull = (v: unknown): number | null => (v === null ? null : int(v));
const flag = (v: unknown): boolean => (typeof v === 'boolean' ? v : bad());
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.map(text) : bad());

function draftOf(row: unknown): ImportDraft {
  if (!Array.isArray(row) || row.length !== 22) return bad();
  const [line, name, nameHi, altNames, brand, category, subCategory, packSize, barcodes, hsn, gstRateBp, hsnGuessed] = row.slice(0, 12);
  const [cessRateBp, mrpPaise, pricePaise, costPaise, unit, loose, reorderLevelMilli, reorderQtyMilli, imageUrl, active] = row.slice(12);
  return {
    line: int(line),
    name: text(name),
    nameHi: textOrNull(nameHi),
    altNames: texts(altNames),
    brand: text(brand),
    category: text(category),
    subCategory: text(subCategory),
    packSize: text(packSize),
    barcodes: texts(barcodes),
    hsn: text(hsn),
    gstRateBp: int(gstRateBp),
    hsnGuessed: flag(hsnGuessed),
    cessRateBp: int(cessRateBp),
    mrpPaise: intOrNull(mrpPaise),
    pricePaise: int(pricePaise),
    costPaise: int(costPaise),
    unit: isUnit(unit) ? unit : bad(),
    loose: flag(loose),
    reorderLevelMilli: int(reorderLevelMilli),
    reorderQtyMilli: int(reorderQtyMilli),
    imageUrl: textOrNull(imageUrl),
    active: flag(active),
  };
}

/** The packed rows read back a few at a time; each piece is let go once read. */
function packedRows(pieces: Uint8Array[], count: number): RowSource<ImportDraft> {
  const decoder = new TextDecoder();
  let taken = 0;
  let piece = 0;
  let at = 0;
  return {
    left: () => count - taken,
    take(n) {
      const rows: ImportDraft[] = [];
      while (rows.length < n && piece < pieces.length) {
        const bytes = pieces[piece] ?? new Uint8Array(0);
        const end = bytes.indexOf(0x0a, at);
        if (end === -1) {
          pieces[piece] = new Uint8Array(0);
          [piece, at] = [piece + 1, 0];
          continue;
        }
        rows.push(draftOf(JSON.parse(decoder.decode(bytes.subarray(at, end)))));
        at = end + 1;
      }
      taken += rows.length;
      if (rows.length < n && taken < count) bad();
      return rows;
    },
  };
}

export function unpackCheck({ packedCheck: _packed, pieces, ...rest }: PackedCheck): CheckedImport {
  return { ...rest, drafts: packedRows(pieces, rest.valid) };
}
