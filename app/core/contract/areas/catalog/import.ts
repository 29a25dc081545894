import { z } from 'zod';
import { method } from '../../define';
import { Base64, Id, IsoInstant, FileDownload } from '../../schemas';
import { IMPORT_FIELDS } from '../../vocabulary';

const ImportField = z.enum(IMPORT_FIELDS);
/** import field → the file's column header that fills it */
export const ColumnMapping = z.partialRecord(ImportField, z.string().max(200));

export const ImportRowError = z.object({
  line: z.int().describe('line number in the file (the header is line 1)'),
  field: z.string(),
  message: z.string(),
  existing: z.boolean().optional().describe('the row is a product the catalogue already has (left as it is)'),
});

const HsnFixes = z
  .array(
    z.object({
      category: z.string().max(200),
      hsn: z.string().trim().max(8),
      gstRateBp: z.int().min(0).max(4000).describe('a GST slab in basis points'),
    }),
  )
  .max(500)
  .default([])
  .describe('for rows whose HSN was guessed: the HSN and GST rate to use instead, by category ("" for rows without one)');

export const ImportSummary = z.object({
  forSale: z.int().describe('new products that will be on sale'),
  inactive: z.int().describe('new products without a price in the file: imported inactive, not on sale until priced'),
  hsnGuessed: z.int().describe('new products whose HSN and GST rate are guessed from the category'),
  alreadyInCatalogue: z.int().describe('rows the catalogue already has: left as they are (an import never changes an existing product)'),
  skipped: z.int().describe('rows with errors: not imported'),
  guesses: z.array(z.object({ category: z.string(), hsn: z.string(), gstRateBp: z.int(), rows: z.int(), firstLine: z.int() })),
});

export const ImportPreview = z.object({
  importId: Id,
  fileName: z.string(),
  encoding: z.enum(['utf-8', 'windows-1252']),
  headers: z.array(z.string()),
  preset: z.string().nullable().describe('a known file layout recognised from its headers (dmart, bigbasket, openfoodfacts, smartkirana)'),
  mapping: ColumnMapping,
  rows: z.int().describe('data rows in the file'),
  valid: z.int(),
  errors: z.array(ImportRowError).describe('every row that will not be imported, with its line and reason'),
  summary: ImportSummary,
  sample: z.array(
    z.object({
      line: z.int(),
      name: z.string(),
      brand: z.string(),
      category: z.string(),
      packSize: z.string(),
      barcodes: z.array(z.string()),
      mrpPaise: z.int().nullable(),
      pricePaise: z.int(),
      hsn: z.string(),
      gstRateBp: z.int(),
      hsnGuessed: z.boolean(),
      active: z.boolean(),
    }),
  ),
});

export const ImportResult = z.object({
  importId: Id,
  imported: z.int(),
  inactive: z.int().describe('of the imported: without a price, not on sale'),
  hsnGuessed: z.int().describe('of the imported: HSN and GST rate guessed from the category'),
  skipped: z.int(),
  errors: z.array(ImportRowError),
  committedAt: IsoInstant,
  finished: z
    .boolean()
    .optional()
    .describe(
      'true when this call finished an earlier commit of the file (the disk filled before all its products were on sale); the counts are that commit’s',
    ),
});

const LabelItems = z
  .array(z.object({ productId: Id, copies: z.int().min(1).max(200).default(1) }))
  .min(1)
  .max(500);
const LabelLayout = z
  .enum(['shelf', 'product'])
  .default('product')
  .describe('shelf: name, price and MRP with the barcode; product: a small sticker with the barcode');

export const importApi = {
  'catalog.importUpload': method({
    summary:
      'Upload a CSV or Excel file for import, in chunks of up to 512 KB (base64): the first chunk without importId starts an upload, the rest append to it.',
    access: 'manager',
    params: z.object({
      importId: Id.optional(),
      fileName: z.string().trim().min(1).max(200),
      chunkBase64: Base64.max(700_000),
      offset: z
        .int()
        .min(0)
        .max(64 * 1024 * 1024)
        .describe('bytes already sent: a repeated chunk is recognised and not appended twice'),
    }),
    result: z.object({ importId: Id, bytes: z.int() }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { fileName: 'catalogue.csv', chunkBase64: 'bmFtZSxtcnAscHJpY2UsaHNuLGdzdAo=', offset: 0 },
    changes: ['catalog'],
  }),
  'catalog.importPreview': method({
    summary:
      'Parse and check an uploaded file without writing anything: the columns found, the suggested mapping, a sample and every bad row with its line and reason.',
    access: 'manager',
    params: z.object({
      importId: Id,
      mapping: ColumnMapping.optional().describe('leave out to use the suggested mapping'),
      encoding: z.enum(['utf-8', 'windows-1252']).optional(),
      hsnFixes: HsnFixes,
    }),
    result: ImportPreview,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { importId: 'imp-0001' },
    reads: ['catalog'],
  }),
  'catalog.importCommit': method({
    summary:
      'Import the good rows of an uploaded file, all of them or none (written in short steps so the counter keeps billing), and report every row left out; a file is imported once.',
    access: 'manager',
    params: z.object({ importId: Id, mapping: ColumnMapping.optional(), encoding: z.enum(['utf-8', 'windows-1252']).optional(), hsnFixes: HsnFixes }),
    result: ImportResult,
    errors: ['NOT_FOUND', 'DUPLICATE', 'INVALID_INPUT'],
    example: { importId: 'imp-0001' },
    changes: ['catalog'],
  }),
  'catalog.exportExcel': method({
    summary: 'The catalogue, or stock on hand with its value and lots, as an Excel workbook (base64).',
    access: 'manager',
    params: z.object({ what: z.enum(['catalog', 'stock']).default('catalog') }),
    result: FileDownload,
    errors: [],
    example: { what: 'stock' },
    reads: ['catalog', 'inventory'],
  }),
  'catalog.labelsPdf': method({
    summary: 'Shelf or product labels with EAN-13 (or Code 128) barcodes on an A4 sheet (PDF, base64).',
    access: 'staff',
    params: z.object({ items: LabelItems, layout: LabelLayout }),
    result: FileDownload,
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: {
      items: [
        { productId: 'prod-demo-001', copies: 3 },
        { productId: 'prod-demo-014', copies: 2 },
      ],
      layout: 'shelf',
    },
    reads: ['catalog'],
  }),
  'catalog.printLabels': method({
    summary: 'Print labels on the thermal printer, the barcode drawn by the printer itself (GS k); answers once the printer took them or failed.',
    access: 'staff',
    params: z.object({ items: LabelItems, layout: LabelLayout }),
    result: z.object({ ok: z.boolean(), message: z.string(), labels: z.int() }),
    errors: ['NOT_FOUND', 'INVALID_INPUT'],
    example: { items: [{ productId: 'prod-demo-001', copies: 1 }], layout: 'product' },
  }),
};
