import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { ImportsRepo } from '../../../app/core/services/catalog/ports';
import { catalogImportChunks, catalogImports } from '../../schema';
import type { RepoContext } from '../context';
import type { FuzzyTerms } from './catalog-fuzzy';
import { createStagedRows } from './import-rows';

export function createImportsRepo(ctx: RepoContext, fuzzy: FuzzyTerms): ImportsRepo {
  const { orm } = ctx;
  // length() of a blob reads the record's header, not the bytes: the size costs no copying.
  const chunked = sql<number>`coalesce((select sum(length(${catalogImportChunks.bytes})) from ${catalogImportChunks} where ${catalogImportChunks.importId} = ${catalogImports.id}), 0)`;
  const head = (id: string) =>
    orm
      .select({ fileName: catalogImports.fileName, status: catalogImports.status, size: sql<number>`length(${catalogImports.bytes}) + ${chunked}` })
      .from(catalogImports)
      .where(eq(catalogImports.id, id))
      .get();
  const addChunk = (importId: string, start: number, bytes: Uint8Array) => {
    if (bytes.length > 0)
      orm
        .insert(catalogImportChunks)
        .values({ importId, start, bytes: Buffer.from(bytes) })
        .run();
  };
  return {
    ...createStagedRows(ctx, fuzzy),
    start(i) {
      orm
        .insert(catalogImports)
        .values({ id: i.id, fileName: i.fileName, bytes: Buffer.alloc(0), status: 'uploaded', createdBy: i.createdBy, createdAt: i.createdAt })
        .run();
      addChunk(i.id, 0, i.bytes);
    },
    head,
    append(id, offset, bytes) {
      let file = head(id);
      if (!file || file.status !== 'uploaded') return file?.size ?? 0;
      // A chunk sent again (its reply was lost, or it was stored in part when the request failed) replaces what was stored from there on.
      if (offset < file.size) {
        orm
          .delete(catalogImportChunks)
          .where(and(eq(catalogImportChunks.importId, id), gte(catalogImportChunks.start, offset)))
          .run();
        file = head(id);
      }
      if (!file || offset !== file.size) return file?.size ?? 0;
      addChunk(id, file.size, bytes);
      return file.size + bytes.length;
    },
    get(id) {
      const r = orm
        .select({
          id: catalogImports.id,
          fileName: catalogImports.fileName,
          bytes: catalogImports.bytes,
          status: catalogImports.status,
          result: catalogImports.result,
          committedAt: catalogImports.committedAt,
        })
        .from(catalogImports)
        .where(eq(catalogImports.id, id))
        .get();
      if (!r) return undefined;
      const chunks = orm
        .select({ bytes: catalogImportChunks.bytes })
        .from(catalogImportChunks)
        .where(eq(catalogImportChunks.importId, id))
        .orderBy(asc(catalogImportChunks.start))
        .all();
      const bytes = chunks.length === 0 ? r.bytes : Buffer.concat([r.bytes, ...chunks.map((c) => c.bytes)]);
      return { ...r, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    },
    markCommitted(id, result, at) {
      orm
        .update(catalogImports)
        .set({ status: 'committed', bytes: Buffer.alloc(0), result, committedAt: at })
        .where(eq(catalogImports.id, id))
        .run();
    },
    dropChunks(id, limit) {
      const starts = orm
        .select({ start: catalogImportChunks.start })
        .from(catalogImportChunks)
        .where(eq(catalogImportChunks.importId, id))
        .limit(limit)
        .all()
        .map((c) => c.start);
      if (starts.length > 0)
        orm
          .delete(catalogImportChunks)
          .where(and(eq(catalogImportChunks.importId, id), inArray(catalogImportChunks.start, starts)))
          .run();
      return starts.length;
    },
  };
}
