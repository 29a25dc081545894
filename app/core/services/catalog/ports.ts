import type { z } from 'zod';
import type { SaleProduct } from '../../billing/types';
import type { Mapping } from '../../catalog/import-fields';
import type { ImportDraft, ImportError, ParsedTable } from '../../catalog/import-rows';
import type { HsnFix } from './import-summary';
import type { CounterProduct, ProductView } from '../../contract';

/** The repositories this area owns in the Store (db/repos/catalog). */
export interface CatalogStore {
  catalog: CatalogRepo;
  imports: ImportsRepo;
}

export type Product = z.output<typeof ProductView>;

export interface CatalogRepo {
  /** the barcode row: which product, and how many base units the code stands for */
  barcodeEntry(code: string): { productId: string; qtyMilli: number } | undefined;
  byPlu(plu: string): Product | undefined;
  find(query: SearchQuery): Product[];
  update(id: string, patch: Partial<NewProductRecord> & { active?: boolean; updatedAt: string }): void;
  categories(): Array<{ category: string; subCategory: string; products: number }>;
  /** products' dedupe keys (name|brand|pack, lower case), for imports: up to `limit` of them after the id `afterId`, in id order */
  keyOwners(afterId: string, limit: number): Array<{ key: string; id: string }>;
  /**
   * an import's products in one go, inside the caller's transaction, without search entries: those
   * are written when the import's rows are made live, so taking staged rows back only frees pages
   */
  insertStaged(products: readonly NewProductRecord[]): void;
  /** the highest running number among in-store barcodes with this prefix (0 when none) */
  lastInStoreNumber(prefix: string): number;
  addBarcode(productId: string, code: string, qtyMilli: number): void;
  all(): Product[];
  get(id: string): Product | undefined;
  /** active products with their barcodes, in the counter's compact shape */
  counterIndex(): Array<z.output<typeof CounterProduct>>;
  byBarcode(code: string): Product | undefined;
  search(q: string, limit: number): Product[];
  saleProducts(ids: readonly string[]): Map<string, SaleProduct>;
  barcodeOwner(code: string): string | undefined;
  insert(p: NewProductRecord): void;
}

/** A product as written: the catalogue view without what is computed (stock) or kept apart (active). */
export type NewProductRecord = Omit<Product, 'active' | 'onHandMilli' | 'units' | 'uqc'> & {
  units: Array<{ name: string; qtyMilli: number; barcode: string | null }>;
  createdAt: string;
  active?: boolean;
  /** the GST portal's unit code; none files the unit's own */
  uqc?: Product['uqc'];
};

export interface SearchQuery {
  q: string;
  limit: number;
  category?: string | undefined;
  subCategory?: string | undefined;
  minPricePaise?: number | undefined;
  maxPricePaise?: number | undefined;
  stock: 'any' | 'in' | 'out' | 'low';
  /** on sale (the default, all the counter may find), not on sale (inactive, e.g. imported with no price), or either */
  sale?: 'on' | 'off' | 'any' | undefined;
  /** only products with a lot on hand expiring on or before this date */
  expiringBy?: string | undefined;
}

export interface ImportsRepo {
  start(i: { id: string; fileName: string; bytes: Uint8Array; createdBy: string; createdAt: string }): void;
  /** what the upload screen needs to know of a file, without reading its bytes */
  head(id: string): { fileName: string; status: 'uploaded' | 'committed'; size: number } | undefined;
  /** a chunk added where the file ends (one sent again is not added twice); the file's size after */
  append(id: string, offset: number, bytes: Uint8Array): number;
  get(
    id: string,
  ): { id: string; fileName: string; bytes: Uint8Array; status: 'uploaded' | 'committed'; result: unknown; committedAt: string | null } | undefined;
  /** the import counts from here; its uploaded bytes are dropped afterwards, a few pieces at a time (dropChunks) */
  markCommitted(id: string, result: unknown, at: string): void;
  /** up to `limit` stored pieces of an uploaded file deleted; how many */
  dropChunks(id: string, limit: number): number;
  /** products an import has written so far (inactive), inside the caller's transaction */
  stage(importId: string, rows: ReadonlyArray<{ productId: string; active: boolean }>): void;
  /** up to `limit` staged products of a committed import made live (those meant to be active) and searchable; how many were handled */
  activateStaged(importId: string, limit: number): number;
  /** up to `limit` staged products of an import that was not committed deleted, with their barcodes (pure deletes: a full disk allows them) */
  dropStaged(importId: string, limit: number): number;
  /** imports with staged products left over (a stop or a failure part-way) */
  unfinished(): Array<{ importId: string; committed: boolean }>;
  /** the file of the import that staged this product and has not made it live yet */
  stagedBy(productId: string): { fileName: string } | undefined;
}

/** Reading and writing spreadsheets (papaparse, exceljs): the host's, since Excel files need Node. */
export interface Spreadsheets {
  /**
   * A CSV, or a workbook's first sheet; with `sheetWith`, the first sheet whose header row has one of
   * those headers (compared as lower-case letters only: "HSN_CD" is "hsncd"), none found: no headers.
   */
  parse(bytes: Uint8Array, fileName: string, encoding: 'utf-8' | 'windows-1252', sheetWith?: readonly string[]): Promise<ParsedTable>;
  writeXlsx(
    sheets: ReadonlyArray<{
      name: string;
      columns: ReadonlyArray<{ header: string; width?: number }>;
      rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
    }>,
  ): Promise<Uint8Array>;
}

/**
 * Bulk writes (an import's upload and rows) whose commits do not wait for the disk on the host's
 * thread: each commit writes its WAL frames and returns, and `flush` makes everything committed
 * before it durable (a bill's own synced commit covers them, else an fsync on the thread pool).
 * A power cut can lose only the newest of them, never part of one; the import answers only after
 * a flush. Absent (a worker, an in-memory shop): plain transactions, synced as they commit.
 */
export interface UnsyncedWrites {
  transaction<T>(fn: () => T): T;
  flush(): Promise<void>;
  /**
   * after each bulk commit: now and then resolves only once the WAL has been copied back into the
   * shop file off the host's thread (the writer waits there, bills go on), so it stays short
   */
  bulkCommitted?(): Promise<void>;
}

/** Rows handed out a few at a time: a big import's are kept packed until they are written. */
export interface RowSource<Row> {
  /** rows not taken yet */
  left(): number;
  /** up to `n` more rows, none when all were taken */
  take(n: number): Row[];
}

export interface ImportCheckRequest {
  importId: string;
  mapping?: Mapping | undefined;
  encoding?: 'utf-8' | 'windows-1252' | undefined;
  hsnFixes?: HsnFix[] | undefined;
}

/** What a commit keeps of its checked file: the good rows, the bad rows' errors and the counts. */
export interface CheckedImport {
  fileName: string;
  mapping: Mapping;
  /** rows in the file, good and bad */
  rows: number;
  valid: number;
  inactive: number;
  hsnGuessed: number;
  errors: ImportError[];
  drafts: RowSource<ImportDraft>;
}

/**
 * An import's uploaded file read, parsed and checked against the catalogue away from the host's
 * thread (the heavy-work process reads it on its own connection); the good rows come back packed.
 * Absent (a worker, tests of the services alone): the commit checks on its own thread, paced.
 */
export interface ImportChecks {
  check(request: ImportCheckRequest): Promise<CheckedImport>;
}
