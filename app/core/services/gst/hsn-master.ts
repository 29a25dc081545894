import { fromBase64 } from '../../contract/base64';
import { HSN_CODE_HEADERS, readHsnMaster, readHsnTable, type HsnMasterRow } from '../../gst/hsn-master';
import { fail, failWith } from '../../i18n/fail';
import type { Params } from '../../contract/index';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';

type HsnFile = Params<'gst.loadHsnMaster'>;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLD_OFFICE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * The file read as the portal's HSN master: a CSV as text; a workbook on the host's heavy-work
 * thread, from its first sheet with an HSN code column (the portal's HSN_MSTR, not SAC_MSTR).
 */
async function readFile(deps: ServiceDeps, p: HsnFile): Promise<{ rows: HsnMasterRow[]; skipped: number }> {
  if ('csv' in p) {
    const read = readHsnMaster(p.csv);
    if (!('rows' in read)) failWith('INVALID_INPUT', read);
    return read;
  }
  const bytes = fromBase64(p.xlsxBase64);
  if (startsWith(bytes, OLD_OFFICE)) fail('INVALID_INPUT', 'gst.hsnMasterOldExcel', { file: p.fileName });
  if (!startsWith(bytes, ZIP)) fail('INVALID_INPUT', 'gst.hsnMasterNotXlsx', { file: p.fileName });
  const table = await deps.sheets.parse(bytes, 'hsn-master.xlsx', 'utf-8', HSN_CODE_HEADERS);
  if (table.problems.length > 0) fail('INVALID_INPUT', 'gst.hsnMasterNotXlsx', { file: p.fileName });
  if (table.headers.length === 0) fail('INVALID_INPUT', 'gst.hsnMasterNoHsnSheet', { file: p.fileName });
  const read = readHsnTable(
    table.headers,
    table.rows.map((r) => r.cells),
    'workbook',
  );
  if (!('rows' in read)) failWith('INVALID_INPUT', read);
  return read;
}

/** gst.loadHsnMaster: the portal's HSN master replaces the loaded one whole, audited with its file's name and size. */
export async function loadHsnMaster(deps: ServiceDeps, p: HsnFile, ctx: CallContext): Promise<{ codes: number; skipped: number }> {
  const read = await readFile(deps, p);
  const { store, clock } = deps;
  store.transaction(() => {
    const before = store.gst.hsnMasterSize();
    store.gst.replaceHsnMaster(read.rows);
    store.audit.append({
      at: clock.now().toISOString(),
      userId: ctx.user.id,
      action: 'gst.loadHsnMaster',
      entity: 'shop',
      entityId: 'hsn-master',
      before: { codes: before },
      after: { codes: read.rows.length, skipped: read.skipped, fileName: p.fileName },
    });
  });
  return { codes: read.rows.length, skipped: read.skipped };
}

/** gst.previewHsnMaster: the file read exactly as loading would read it, nothing written. */
export async function previewHsnMaster(
  deps: ServiceDeps,
  p: HsnFile,
): Promise<{ codes: number; skipped: number; sample: Array<{ code: string; description: string }> }> {
  const read = await readFile(deps, p);
  return { codes: read.rows.length, skipped: read.skipped, sample: read.rows.slice(0, 8) };
}
