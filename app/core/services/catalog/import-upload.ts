import { fromBase64 } from '../../contract/base64';
import { fail } from '../../i18n/fail';
import { found } from '../guards';
import type { AreaHandlers } from '../handler';
import { bulkWrites } from './import-commit';

const MAX_FILE = 32 << 20;
/**
 * An upload chunk (512 KB from the screens) is decoded and stored a piece at a time, each piece
 * its own short transaction with the host's loop free between two: a bill due meanwhile waits
 * for one piece (a millisecond or two), not for the whole chunk. The pieces commit without an fsync
 * on the host's thread; the chunk is answered once they are on disk. 87,380 base64
 * characters are 65,535 bytes, and a multiple of 4, so each piece decodes on its own.
 */
const PIECE_CHARS = 87_380;

export const catalogUploadHandlers = {
  'catalog.importUpload': async (deps, p, ctx) => {
    const { store, ids, clock } = deps;
    const bulk = bulkWrites(deps);
    if (!/\.(csv|txt|xlsx)$/i.test(p.fileName)) fail('INVALID_INPUT', 'catalog.fileType');
    const text = p.chunkBase64;
    const piece = (at: number) => fromBase64(text.slice(at, at + PIECE_CHARS));
    let importId = p.importId;
    let size = p.offset;
    let from = 0;
    if (!importId) {
      if (p.offset !== 0) fail('INVALID_INPUT', 'catalog.uploadRestart', {}, { offset: p.offset });
      const id = ids.newId('imp');
      const first = piece(0);
      bulk.transaction(() => store.imports.start({ id, fileName: p.fileName, bytes: first, createdBy: ctx.user.id, createdAt: clock.now().toISOString() }));
      [importId, size, from] = [id, first.length, PIECE_CHARS];
    } else {
      const file = found(store.imports.head(importId), 'Import');
      if (file.status === 'committed') fail('INVALID_INPUT', 'catalog.alreadyImported', { file: file.fileName });
      if (p.offset > file.size) fail('INVALID_INPUT', 'catalog.uploadRestart', {}, { offset: p.offset, bytes: file.size });
      if (p.offset + Math.floor((text.length * 3) / 4) > MAX_FILE) fail('INVALID_INPUT', 'catalog.fileTooLarge', { mb: MAX_FILE >> 20 });
    }
    for (; from < text.length; from += PIECE_CHARS) {
      if (from > 0) await bulk.between();
      const bytes = piece(from);
      const id = importId;
      const at = size;
      size = bulk.transaction(() => store.imports.append(id, at, bytes));
    }
    await bulk.settle();
    return { importId, bytes: size };
  },
} satisfies Partial<AreaHandlers<'catalog'>>;
