import { CATALOGUE_COLUMNS, suggestMapping, type Mapping, type SheetColumn } from '../../catalog/import-fields';
import { checkImportRows, checkImportRowsPaced, rowErrorsIn, type ImportDraft } from '../../catalog/import-rows';
import { formatDate } from '../../format/index';
import { fail, sayIn } from '../../i18n/fail';
import { toBase64 } from '../../contract/base64';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import type { ServiceDeps } from '../ports';
import { applyHsnFixes, checkSpreadsheet, importSummary, type HsnFix } from './import-summary';
import { finishCommittedImport, finishedImportResult, pause, rowsOf, writeImportInChunks } from './import-commit';
import type { CheckedImport, ImportCheckRequest } from './ports';

type Encoding = 'utf-8' | 'windows-1252';
const SAMPLE = 20;

const KEY_PAGE = 1_000;

/** Every product's dedupe key, read a page at a time; on the host's thread (`paced`) bills go between pages. */
async function keyOwners(deps: ServiceDeps, paced: boolean): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  for (let after = ''; ;) {
    const page = deps.store.catalog.keyOwners(after, KEY_PAGE);
    for (const o of page) owners.set(o.key, o.id);
    const last = page.at(-1);
    if (!last || page.length < KEY_PAGE) return owners;
    after = last.id;
    if (paced) await pause();
  }
}

/** The uploaded file read and checked against the catalogue, without writing anything. */
async function checkFile(
  deps: ServiceDeps,
  importId: string,
  mapping: Mapping | undefined,
  encoding: Encoding | undefined,
  hsnFixes: readonly HsnFix[] = [],
  paced = false,
) {
  const file = found(deps.store.imports.get(importId), 'Import');
  if (file.status === 'committed') fail('DUPLICATE', 'catalog.alreadyImported', { file: file.fileName }, { result: file.result });
  checkSpreadsheet(file.bytes, file.fileName);
  let table = await deps.sheets.parse(file.bytes, file.fileName, encoding ?? 'utf-8');
  let used: Encoding = encoding ?? 'utf-8';
  // Excel on Windows saves "CSV" in the ANSI code page: when UTF-8 fails and no encoding was chosen, read it that way.
  if (!encoding && table.rows.some((r) => r.cells.some((c) => c.includes('\uFFFD')))) {
    const ansi = await deps.sheets.parse(file.bytes, file.fileName, 'windows-1252');
    if (ansi.headers.length > 0) [table, used] = [ansi, 'windows-1252'];
  }
  if (table.headers.length === 0) fail('INVALID_INPUT', 'catalog.noHeaderRow', { file: file.fileName });
  const suggested = suggestMapping(table.headers);
  const chosen = mapping ?? suggested.mapping;
  if (!chosen.name) fail('INVALID_INPUT', 'catalog.chooseNameColumn', {}, { headers: table.headers });
  const unknown = Object.values(chosen).filter((h) => !table.headers.includes(h));
  if (unknown.length > 0) fail('INVALID_INPUT', 'catalog.missingColumns', { columns: unknown.map((h) => `"${h}"`).join(', ') }, { headers: table.headers });
  const owners = await keyOwners(deps, paced);
  const nameOf = (id: string | undefined) => (id === undefined ? undefined : (deps.store.catalog.get(id)?.name ?? 'another product'));
  const existing = {
    barcodeOwner: (code: string) => nameOf(deps.store.catalog.barcodeOwner(code)),
    sameProduct: (k: string) => nameOf(owners.get(k)),
  };
  // On the host's own thread (a commit) the checks pause now and then so bills are not kept waiting.
  const checked = paced ? await checkImportRowsPaced(table, chosen, existing, pause, 100) : checkImportRows(table, chosen, existing);
  const drafts = applyHsnFixes(checked.drafts, hsnFixes);
  const errors = checked.errors;
  return { file, table, mapping: chosen, preset: mapping ? null : suggested.preset, drafts, errors, encoding: used };
}

/**
 * What a commit keeps of its checked file: the drafts and the errors, not the parsed sheet nor the
 * uploaded bytes. Held through the whole write, those made every major GC of the host's thread
 * (a bill waiting) mark some 200,000 rows of cells for nothing. `paced` on the host's own thread.
 */
export async function checkForCommit(deps: ServiceDeps, p: ImportCheckRequest, paced: boolean): Promise<CheckedImport> {
  const c = await checkFile(deps, p.importId, p.mapping, p.encoding, p.hsnFixes, paced);
  const summary = importSummary(c.drafts, c.errors);
  return {
    fileName: c.file.fileName,
    mapping: c.mapping,
    rows: c.table.rows.length + c.table.problems.length,
    valid: c.drafts.length,
    inactive: summary.inactive,
    hsnGuessed: summary.hsnGuessed,
    errors: c.errors,
    drafts: rowsOf(c.drafts),
  };
}

const sample = (d: ImportDraft) => ({
  line: d.line,
  name: d.name,
  brand: d.brand,
  category: d.category,
  packSize: d.packSize,
  barcodes: d.barcodes,
  mrpPaise: d.mrpPaise,
  pricePaise: d.pricePaise,
  hsn: d.hsn,
  gstRateBp: d.gstRateBp,
  hsnGuessed: d.hsnGuessed,
  active: d.active,
});

export const catalogImportHandlers = {
  'catalog.importPreview': async (deps, p, ctx) => {
    const c = await checkFile(deps, p.importId, p.mapping, p.encoding, p.hsnFixes);
    return {
      importId: p.importId,
      fileName: c.file.fileName,
      encoding: c.encoding,
      headers: c.table.headers,
      preset: c.preset,
      mapping: c.mapping,
      rows: c.table.rows.length + c.table.problems.length,
      valid: c.drafts.length,
      errors: rowErrorsIn(ctx.lang, c.errors),
      summary: importSummary(c.drafts, c.errors),
      sample: c.drafts.slice(0, SAMPLE).map(sample),
    };
  },

  /**
   * Every good row is in the catalogue afterwards, or (a crash, a full disk) none is and the file
   * can be committed again; written in short transactions so the counter keeps billing meanwhile
   * (import-commit.ts). Bad rows are listed, never written.
   */
  'catalog.importCommit': async (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    // "Import it again to finish" after a full disk: the rest goes on sale and the reply says so.
    if ((await finishCommittedImport(deps, p.importId)) > 0) return finishedImportResult(deps, p.importId);
    // Read, parsed and checked in the heavy-work process where the host has one: 200,000 rows
    // checked here held the counter's thread and its heap.
    const c = deps.importChecks ? await deps.importChecks.check(p) : await checkForCommit(deps, p, true);
    const at = clock.now().toISOString();
    const toProduct = ({ line: _line, hsnGuessed: _guessed, ...d }: ImportDraft) => ({ ...d, id: ids.newId('prod'), plu: null, units: [], createdAt: at });
    const result = {
      importId: p.importId,
      imported: c.valid,
      inactive: c.inactive,
      hsnGuessed: c.hsnGuessed,
      skipped: c.rows - c.valid,
      errors: rowErrorsIn(ctx.lang, c.errors),
      committedAt: at,
    };
    await writeImportInChunks(deps, p.importId, c.drafts, toProduct, c.fileName, () => {
      if (store.imports.head(p.importId)?.status === 'committed') fail('DUPLICATE', 'catalog.alreadyImported', { file: c.fileName });
      const kept = { imported: result.imported, skipped: result.skipped, errors: c.errors.length, inactive: result.inactive, hsnGuessed: result.hsnGuessed };
      store.imports.markCommitted(p.importId, kept, at);
      store.audit.append({
        at,
        userId: ctx.user.id,
        action: 'catalog.importCommit',
        entity: 'import',
        entityId: p.importId,
        before: null,
        after: { file: c.fileName, imported: result.imported, skipped: result.skipped, mapping: c.mapping },
      });
    });
    return result;
  },

  'catalog.exportExcel': async (deps, p, ctx) => {
    const { store, sheets, clock } = deps;
    const t = sayIn(ctx.lang);
    const headers = (keys: readonly SheetColumn[]) => keys.map((k) => ({ header: t(k) }));
    const day = formatDate(clock.now().toISOString().slice(0, 10));
    const rupees = (paise: number | null) => (paise === null ? null : paise / 100);
    const products = store.catalog.all();
    let bytes: Uint8Array;
    if (p.what === 'catalog') {
      // The headers the importer knows as "smartkirana" (in either language), so an exported file imports back.
      bytes = await sheets.writeXlsx([
        {
          name: t('sheet.catalogue'),
          columns: headers([...CATALOGUE_COLUMNS, 'sheet.col.active']),
          rows: products.map((x) => [
            x.name,
            x.nameHi,
            x.brand,
            x.category,
            x.subCategory,
            x.packSize,
            x.barcodes.join(' '),
            x.hsn,
            x.gstRateBp / 100,
            x.cessRateBp / 100,
            rupees(x.mrpPaise),
            rupees(x.pricePaise),
            rupees(x.costPaise),
            x.unit,
            x.reorderLevelMilli / 1000,
            x.reorderQtyMilli / 1000,
            x.active ? t('sheet.yes') : t('sheet.no'),
          ]),
        },
      ]);
    } else {
      const levels = new Map(store.stock.levels().map((l) => [l.productId, l]));
      const lots = products.flatMap((x) =>
        store.stock
          .lots(x.id, false)
          .map((l) => [x.name, l.batchNo, l.expiryDate ? formatDate(l.expiryDate) : '', rupees(l.mrpPaise), l.qtyMilli / 1000, rupees(l.valuePaise)]),
      );
      bytes = await sheets.writeXlsx([
        {
          name: t('sheet.stock', { date: day }),
          columns: headers(['sheet.col.name', 'sheet.col.category', 'sheet.col.unit', 'sheet.col.onHand', 'sheet.col.value', 'sheet.col.reorderLevel']),
          rows: products.map((x) => [
            x.name,
            x.category,
            x.unit,
            (levels.get(x.id)?.qtyMilli ?? 0) / 1000,
            rupees(levels.get(x.id)?.valuePaise ?? 0),
            x.reorderLevelMilli / 1000,
          ]),
        },
        {
          name: t('sheet.lots'),
          columns: headers(['sheet.col.name', 'sheet.col.batch', 'sheet.col.expiry', 'sheet.col.mrp', 'sheet.col.onHand', 'sheet.col.value']),
          rows: lots,
        },
      ]);
    }
    return {
      fileName: `${p.what === 'catalog' ? 'catalogue' : 'stock'}-${day}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: toBase64(bytes),
    };
  },
} satisfies Partial<AreaHandlers<'catalog'>>;
