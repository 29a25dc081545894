import type { RepoContext } from '../context';
import type { ImportsRepo } from '../../../app/core/services/catalog/ports';

export function createImportsRepo({ raw }: RepoContext): ImportsRepo {
  return {
    start: (i) =>
      void raw
        .prepare("INSERT INTO catalog_imports (id, file_name, bytes, status, created_by, created_at) VALUES (?, ?, ?, 'uploaded', ?, ?)")
        .run(i.id, i.fileName, Buffer.from(i.bytes), i.createdBy, i.createdAt),
    append(id, offset, bytes) {
      // A chunk sent again (the reply was lost) starts where the file already ends: it is not added twice.
      const row = raw.prepare('SELECT bytes FROM catalog_imports WHERE id = ?').get(id) as { bytes: Buffer };
      if (offset !== row.bytes.length) return row.bytes.length;
      // (SQLite's || would turn the bytes into text.)
      const joined = Buffer.concat([row.bytes, Buffer.from(bytes)]);
      raw.prepare("UPDATE catalog_imports SET bytes = ? WHERE id = ? AND status = 'uploaded'").run(joined, id);
      return joined.length;
    },
    get(id) {
      const r = raw.prepare('SELECT id, file_name AS fileName, bytes, status, result FROM catalog_imports WHERE id = ?').get(id) as
        { id: string; fileName: string; bytes: Buffer; status: 'uploaded' | 'committed'; result: string | null } | undefined;
      return r && { ...r, bytes: new Uint8Array(r.bytes), result: r.result === null ? null : (JSON.parse(r.result) as unknown) };
    },
    markCommitted: (id, result, at) =>
      void raw
        .prepare("UPDATE catalog_imports SET status = 'committed', bytes = X'', result = ?, committed_at = ? WHERE id = ?")
        .run(JSON.stringify(result), at, id),
  };
}
