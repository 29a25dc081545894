import { asc, count, inArray, isNotNull, like, sql } from 'drizzle-orm';
import type { Uqc } from '../../../app/core/contract/vocabulary';
import { uqcKey } from '../../../app/core/gst/uqc';
import type { GstRepo } from '../../../app/core/services/gst/ports';
import { hsnMaster, products } from '../../schema';
import type { RepoContext } from '../context';

/** The prefixes an HSN code is described under, longest first: 8, 6, 4 and 2 digits. */
const prefixesOf = (hsn: string) => [8, 6, 4, 2].filter((n) => n <= hsn.length).map((n) => hsn.slice(0, n));

/** The GST portal's HSN master: replaced whole when the owner loads a newer file. */
export function createHsnMasterRepo({
  orm,
}: RepoContext): Pick<GstRepo, 'replaceHsnMaster' | 'hsnMasterSize' | 'hsnDescriptions' | 'searchHsnMaster' | 'productUqcs'> {
  return {
    replaceHsnMaster(rows) {
      orm.delete(hsnMaster).run();
      for (let i = 0; i < rows.length; i += 500)
        orm
          .insert(hsnMaster)
          .values(rows.slice(i, i + 500))
          .run();
    },
    hsnMasterSize: () => orm.select({ n: count() }).from(hsnMaster).get()?.n ?? 0,
    hsnDescriptions(codes) {
      const wanted = [...new Set(codes.flatMap(prefixesOf))];
      const known = new Map<string, string>();
      for (let i = 0; i < wanted.length; i += 500) {
        const part = wanted.slice(i, i + 500);
        for (const r of orm.select().from(hsnMaster).where(inArray(hsnMaster.code, part)).all()) known.set(r.code, r.description);
      }
      const out = new Map<string, string>();
      for (const code of codes) {
        const hit = prefixesOf(code).find((p) => known.has(p));
        const description = hit === undefined ? undefined : known.get(hit);
        if (description !== undefined) out.set(code, description);
      }
      return out;
    },
    searchHsnMaster(q, limit) {
      const text = q.trim();
      const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
      const where = /^\d+$/.test(text) ? like(hsnMaster.code, `${text}%`) : sql`${hsnMaster.description} LIKE ${`%${escaped}%`} ESCAPE '\\'`;
      return orm
        .select()
        .from(hsnMaster)
        .where(where)
        .orderBy(sql`length(${hsnMaster.code})`, asc(hsnMaster.code))
        .limit(limit)
        .all();
    },
    productUqcs() {
      const out = new Map<string, Uqc>();
      const rows = orm
        .select({ hsn: products.hsn, unit: products.unit, uqc: products.uqc })
        .from(products)
        .where(isNotNull(products.uqc))
        .orderBy(asc(products.id))
        .all();
      for (const r of rows) if (r.uqc !== null && !out.has(uqcKey(r.hsn, r.unit))) out.set(uqcKey(r.hsn, r.unit), r.uqc);
      return out;
    },
  };
}
