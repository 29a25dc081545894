import { customersHandlers } from '../../core/services/customers/handlers';
import type { ServiceDeps } from '../../core/services/ports';
import { addOpeningStock, setupShop } from '../../core/services/shop/setup';
import { demoCatalog, demoCustomers, demoExpiry, demoSetup, demoSuppliers } from './demo-shop';

/**
 * First run with no shop: the demo shop, its catalogue with opening stock, and a few customers,
 * all in one transaction. A crash half-way must not leave a shop without products, because every
 * later start would see the shop row and skip seeding.
 */
export function seedDemoShop(deps: ServiceDeps): boolean {
  return deps.store.transaction(() => {
    const { created } = setupShop(deps, demoSetup);
    if (!created) return false;
    const today = deps.clock.now();
    seedDemoCatalogue(deps);
    for (const s of demoSuppliers) deps.store.suppliers.insert({ ...s, createdAt: today.toISOString() });
    const owner = deps.store.users.listActive().find((u) => u.role === 'owner');
    if (owner) {
      const ctx = { user: owner, device: { id: 'setup', code: 'SETUP', name: 'Setup' }, tokenHash: '', lang: 'en' as const };
      for (const c of demoCustomers) customersHandlers['customers.add'](deps, { gstin: null, stateCode: null, address: '', ...c }, ctx);
    }
    return true;
  });
}

/** The demo catalogue with its opening stock, each fresh product's lot dated from today. */
export function seedDemoCatalogue(deps: ServiceDeps): void {
  const today = deps.clock.now();
  addOpeningStock(
    deps,
    demoCatalog.map((item) => ({ ...item, lot: { expiryDate: demoExpiry(item.product.name, today), mrpPaise: item.product.mrpPaise ?? null } })),
  );
}
