import { and, eq } from 'drizzle-orm';
import type { ImportsRepo } from '../../../app/core/services/catalog/ports';
import { catalogImports } from '../../schema';
import type { RepoContext } from '../context';
import { createStagedRows } from './import-rows';

export function createImportsRepo(ctx: RepoContext): ImportsRepo {
  const { orm } = ctx;
  const bytesOf = (id: string) => orm.select({ bytes: catalogImports.bytes }).from(catalogImports).where(eq(catalogImports.id, id)).get()?.bytes;
  return {
    ...createStagedRows(ctx),
    start: (i) =>
      void orm
        .insert(catalogImports)
        .values({ id: i.id, fileName: i.fileName, bytes: Buffer.from(i.bytes), status: 'uploaded', createdBy: i.createdBy, createdAt: i.createdAt })
        .run(),
    append(id, offset, bytes) {
      // A chunk sent again (the reply was lost) starts where the file already ends: it is not added twice.
      const have = bytesOf(id) ?? Buffer.alloc(0);
      if (offset !== have.length) return have.length;
      // (SQLite's || would turn the bytes into text.)
      const joined = Buffer.concat([have, Buffer.from(bytes)]);
      orm
        .update(catalogImports)
        .set({ bytes: joined })
        .where(and(eq(catalogImports.id, id), eq(catalogImports.status, 'uploaded')))
        .run();
      return joined.length;
    },
    get(id) {
      const r = orm
        .select({
          id: catalogImports.id,
          fileName: catalogImports.fileName,
          bytes: catalogImports.bytes,
          status: catalogImports.status,
          result: catalogImports.result,
        })
        .from(catalogImports)
        .where(eq(catalogImports.id, id))
        .get();
      return r && { ...r, bytes: new Uint8Array(r.bytes), result: r.result };
    },
    markCommitted: (id, result, at) =>
      void orm
        .update(catalogImports)
        .set({ status: 'committed', bytes: Buffer.alloc(0), result, committedAt: at })
        .where(eq(catalogImports.id, id))
        .run(),
  };
}
