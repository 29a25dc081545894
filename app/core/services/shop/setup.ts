import { SYSTEM_ACCOUNTS, typeOfGroup } from '../../accounting/chart';
import { postingsForOpeningStock } from '../../accounting/stock-postings';
import { localDate } from '../../calendar/fy';
import { CounterSettings, NewProduct, ScannerSettings } from '../../contract/index';
import { fail, failWith } from '../../i18n/fail';
import { gstinRefusal } from '../../gst/index';
import { lineAmount } from '../../billing/pricing';
import type { z } from 'zod';
import type { ServiceDeps } from '../ports';
import type { Shop } from './ports';
import type { Role } from '../../contract/vocabulary';
import { narrate } from '../../accounting/narration';
import { writeEntry } from '../accounting/journal-entries';

type Defaulted = 'poleDisplay' | 'scanner' | 'legalName' | 'upiPayee' | 'demo' | 'numbering' | 'counter';

export interface ShopSetup {
  /** hardware left out starts as none, with the scanner's default timings; numbering by each counter's series */
  shop: Omit<Shop, 'id' | Defaulted> & Partial<Pick<Shop, Defaulted>>;
  users: Array<{ name: string; role: Role; pin: string }>;
}

/**
 * First run: the shop row, the system chart of accounts and the first users, in one transaction.
 * Running it on a shop that exists changes nothing.
 */
export function setupShop(deps: ServiceDeps, setup: ShopSetup): { created: boolean } {
  const { store, ids, clock, secrets } = deps;
  if (store.shop.find()) return { created: false };
  if (!setup.users.some((u) => u.role === 'owner')) fail('INVALID_INPUT', 'shop.needsOwner');
  const refusal = setup.shop.gstin ? gstinRefusal(setup.shop.gstin) : undefined;
  if (refusal) failWith('INVALID_INPUT', refusal);
  const createdAt = clock.now().toISOString();
  store.transaction(() => {
    store.shop.create({
      id: ids.newId('shop'),
      poleDisplay: { kind: 'none' },
      scanner: ScannerSettings.parse({}),
      counter: CounterSettings.parse({}),
      legalName: '',
      upiPayee: '',
      demo: false,
      numbering: {},
      ...setup.shop,
      createdAt,
    });
    ensureSystemAccounts(deps);
    for (const u of setup.users) {
      store.users.insert({ id: ids.newId('user'), name: u.name, role: u.role, pinHash: secrets.hashPin(u.pin), createdAt });
    }
    store.audit.append({ at: createdAt, userId: null, action: 'shop.setup', entity: 'shop', entityId: 'shop', before: null, after: { name: setup.shop.name } });
  });
  return { created: true };
}

/** Adds any system account the shop file lacks (a newer app may post to new ones); run at every start. */
export function ensureSystemAccounts(deps: ServiceDeps): void {
  const accounts = Object.entries(SYSTEM_ACCOUNTS).map(([code, a]) => ({ code, name: a.name, type: typeOfGroup(a.group), group: a.group, system: true }));
  deps.store.accounts.ensure(accounts, deps.clock.now().toISOString());
}

export interface OpeningItem {
  product: z.input<typeof NewProduct> & { id?: string };
  openingQtyMilli: number;
  /** the opening lot's expiry and printed MRP, when the goods have them */
  lot?: { expiryDate: string | null; mrpPaise: number | null; batchNo?: string };
}

/**
 * Adds products with their opening stock (one lot each, at the product's cost), posting the
 * stock's cost against capital so that the stock account equals the value of the goods on the
 * shelf from day one.
 */
export function addOpeningStock(deps: ServiceDeps, items: readonly OpeningItem[]): string[] {
  const { store, ids, clock } = deps;
  const now = clock.now();
  const at = now.toISOString();
  return store.transaction(() => {
    const created = items.map(({ product: input, openingQtyMilli, lot }) => {
      const product = NewProduct.parse(input);
      const id = input.id ?? ids.newId('prod');
      store.catalog.insert({ ...product, id, createdAt: at });
      const value = lineAmount(openingQtyMilli, product.costPaise);
      if (openingQtyMilli > 0) {
        const batchId = ids.newId('batch');
        store.stock.addLots([
          {
            id: batchId,
            productId: id,
            batchNo: lot?.batchNo ?? '',
            mfgDate: null,
            expiryDate: lot?.expiryDate ?? null,
            mrpPaise: lot?.mrpPaise ?? product.mrpPaise,
            unitCostPaise: product.costPaise,
            supplierId: null,
            receivedAt: at,
          },
        ]);
        store.stock.insert([{ productId: id, batchId, qtyMilli: openingQtyMilli, valuePaise: value, kind: 'opening' }], {
          refType: 'opening',
          refId: 'opening',
          at,
        });
      }
      return { id, value };
    });
    const total = created.reduce((s, c) => s + c.value, 0);
    if (total > 0) {
      writeEntry(
        deps,
        { date: localDate(now), voucherType: 'opening', refType: 'opening', refId: 'opening', ...narrate('narration.openingStock', {}) },
        at,
        postingsForOpeningStock(total),
      );
    }
    return created.map((c) => c.id);
  });
}
