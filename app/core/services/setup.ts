import { SYSTEM_ACCOUNTS } from '../accounting/chart';
import { balanced, cr, dr } from '../accounting/posting';
import { localDate } from '../calendar/fy';
import { ScannerSettings, type NewProduct } from '../contract';
import { AppError } from '../contract/errors';
import { gstinProblem } from '../gst';
import { lineAmount } from '../billing/pricing';
import type { Role } from '../users/roles';
import type { z } from 'zod';
import type { ServiceDeps, Shop } from './ports';

export interface ShopSetup {
  /** hardware left out starts as none, with the scanner's default timings */
  shop: Omit<Shop, 'id' | 'poleDisplay' | 'scanner'> & Partial<Pick<Shop, 'poleDisplay' | 'scanner'>>;
  users: Array<{ name: string; role: Role; pin: string }>;
}

/**
 * First run: the shop row, the system chart of accounts and the first users, in one transaction.
 * Running it on a shop that exists changes nothing.
 */
export function setupShop(deps: ServiceDeps, setup: ShopSetup): { created: boolean } {
  const { store, ids, clock, secrets } = deps;
  if (store.shop.find()) return { created: false };
  if (!setup.users.some((u) => u.role === 'owner')) throw new AppError('INVALID_INPUT', 'A shop needs an owner');
  if (setup.shop.gstin && gstinProblem(setup.shop.gstin)) throw new AppError('INVALID_INPUT', `GSTIN ${setup.shop.gstin} is not valid`);
  const createdAt = clock.now().toISOString();
  store.transaction(() => {
    store.shop.create({ id: ids.newId('shop'), poleDisplay: { kind: 'none' }, scanner: ScannerSettings.parse({}), ...setup.shop, createdAt });
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
  const accounts = Object.entries(SYSTEM_ACCOUNTS).map(([code, a]) => ({ code, name: a.name, type: a.type, group: a.group, system: true }));
  deps.store.accounts.ensure(accounts, deps.clock.now().toISOString());
}

export interface OpeningItem {
  product: z.input<typeof NewProduct> & { id?: string };
  openingQtyMilli: number;
}

/**
 * Adds products with their opening stock, posting the stock's cost against capital so that the
 * stock account equals the value of the goods on the shelf from day one.
 */
export function addOpeningStock(deps: ServiceDeps, items: readonly OpeningItem[]): string[] {
  const { store, ids, clock } = deps;
  const now = clock.now();
  const at = now.toISOString();
  return store.transaction(() => {
    const created = items.map(({ product, openingQtyMilli }) => {
      const id = product.id ?? ids.newId('prod');
      store.catalog.insert({
        id,
        name: product.name,
        nameHi: product.nameHi ?? null,
        altNames: product.altNames ?? [],
        barcodes: product.barcodes ?? [],
        hsn: product.hsn,
        gstRateBp: product.gstRateBp,
        cessRateBp: product.cessRateBp ?? 0,
        mrpPaise: product.mrpPaise ?? null,
        pricePaise: product.pricePaise,
        costPaise: product.costPaise ?? 0,
        unit: product.unit ?? 'pcs',
        loose: product.loose ?? false,
        createdAt: at,
      });
      const value = lineAmount(openingQtyMilli, product.costPaise ?? 0);
      if (openingQtyMilli > 0) store.stock.insert([{ productId: id, qtyMilli: openingQtyMilli, valuePaise: value, kind: 'opening' }], { refType: 'opening', refId: 'opening', at });
      return { id, value };
    });
    const total = created.reduce((s, c) => s + c.value, 0);
    if (total > 0) {
      store.ledger.insert(
        { id: ids.newId('je'), date: localDate(now), voucherType: 'opening', refType: 'opening', refId: 'opening', narration: 'Opening stock', reversesId: null, createdAt: at },
        balanced([dr('STOCK', total), cr('CAPITAL', total)]),
      );
    }
    return created.map((c) => c.id);
  });
}
