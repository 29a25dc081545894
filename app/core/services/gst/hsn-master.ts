import { readHsnMaster } from '../../gst/hsn-master';
import { failWith } from '../../i18n/fail';
import type { Params } from '../../contract/index';
import type { CallContext } from '../handler';
import type { ServiceDeps } from '../ports';

/** gst.loadHsnMaster: the portal's HSN master replaces the loaded one whole, audited with its file's name and size. */
export function loadHsnMaster(deps: ServiceDeps, p: Params<'gst.loadHsnMaster'>, ctx: CallContext): { codes: number; skipped: number } {
  const read = readHsnMaster(p.csv);
  if (!('rows' in read)) failWith('INVALID_INPUT', read);
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
export function previewHsnMaster(csv: string): { codes: number; skipped: number; sample: Array<{ code: string; description: string }> } {
  const read = readHsnMaster(csv);
  if (!('rows' in read)) failWith('INVALID_INPUT', read);
  return { codes: read.rows.length, skipped: read.skipped, sample: read.rows.slice(0, 8) };
}
