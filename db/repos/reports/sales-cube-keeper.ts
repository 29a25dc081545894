import type { CustomQuery, CustomResult } from '../../../app/core/services/reports/custom-ports';
import { query, type RepoContext } from '../context';
import { productJoins } from './custom-sql';
import { answerFromCube, type CubeNames, type ProductFacts } from './sales-cube-query';
import { SalesCube } from './sales-cube';

/**
 * Keeps the custom report's lines in memory (sales-cube.ts) on a connection that may write, i.e.
 * the host's: the first read fills them in slices of a few milliseconds, each followed by a turn of
 * the event loop so a bill that arrives meanwhile is served first; later reads fold in what is new
 * (a day or a week of bills, a few milliseconds) and answer at once. A read-only connection (the
 * heavy-work worker) keeps nothing and is answered from the SQL summaries or the lines.
 */

/** the longest a slice holds the host's thread */
export const SLICE_MS = 4;
/** bills and returns folded inside the report call itself: a few days' worth, tens of milliseconds */
const TAIL = 3000;

const PRODUCT_FACTS = `SELECT p.id AS id, p.name AS name, p.name_hi AS nameHi, coalesce(p.category, '') AS category, coalesce(p.brand, '') AS brand,
  s.supplier_id AS supplierId, sp.name AS supplierName FROM products p ${productJoins('p.id').supplier}`;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface CubeKeeper {
  settle(): Promise<void>;
  /** the report from memory, or null when this connection keeps no lines (read-only, or never settled) */
  answer(q: CustomQuery): CustomResult | null;
}

export function createCubeKeeper({ raw }: RepoContext): CubeKeeper {
  const products = query<ProductFacts>(raw, PRODUCT_FACTS);
  const customers = query<{ id: string; name: string }>(raw, 'SELECT id, name FROM customers');
  const cashiers = query<{ id: string; name: string }>(raw, 'SELECT id, name FROM users');
  const names: CubeNames = { products: () => products().all(), customers: () => customers().all(), cashiers: () => cashiers().all() };
  let cube: SalesCube | null = null;
  let filling: Promise<void> | null = null;

  const fillInSlices = async (into: SalesCube) => {
    while (!into.step(SLICE_MS) && into.behind() > TAIL) await nextTurn();
  };

  return {
    async settle() {
      if (raw.readonly) return;
      // A file restored behind the folded bills is read again from the start.
      if (!cube || cube.behind() === Number.POSITIVE_INFINITY) {
        cube = new SalesCube(raw);
        filling = null;
      }
      if (cube.behind() <= TAIL && !filling) return;
      const into = cube;
      filling ??= fillInSlices(into).finally(() => {
        filling = null;
      });
      await filling;
    },
    answer(q) {
      if (!cube || raw.readonly) return null;
      const behind = cube.behind();
      if (behind === Number.POSITIVE_INFINITY) return null;
      // Whatever came in since the last slice: a few bills, folded here.
      while (!cube.step(Number.POSITIVE_INFINITY));
      return answerFromCube(cube, names, q);
    },
  };
}
