import type * as Y from 'yjs';
import { CatalogEntry, CommandOutcome, OutboxCommand, SYNC_DOCUMENT, SYNC_KEYS, type ResponseEnvelope } from '../../../app/core/contract';
import { translate } from '../../../app/core/i18n';
import { CloseCode, type Authenticate, type Relay } from '../../../sync-server';
import type { TestHost } from '../../support/test-host';

/**
 * The counter's side of sync as the embedded host will play it, for device tests until it is
 * merged: it writes the catalog and staff documents from the real test host, and applies each
 * outbox command once through the host's own dispatcher with the device's session, writing the
 * outcome (the posted number, or the refusal in English and Hindi) to the staff document.
 */
export interface FakeCounter {
  shopId: string;
  authenticate: Authenticate;
  attach(relay: Relay): Promise<void>;
  /** every outcome written, by command id */
  outcomes: Map<string, CommandOutcome>;
  /** how many times each command id reached the dispatcher (must stay 1) */
  applications: Map<string, number>;
  /** a customer the device may still show in its dues, though the shop removed them */
  addGoneCustomer(id: string, name: string): void;
  writeDay(date: string, salesPaise: number): void;
}

const ORIGIN = 'counter';

export function createFakeCounter(host: TestHost, shopId = 'shop-test'): FakeCounter {
  let relay: Relay | null = null;
  let staff: Y.Doc | null = null;
  const watching = new Map<string, string>();
  const outcomes = new Map<string, CommandOutcome>();
  const applications = new Map<string, number>();
  let chain = Promise.resolve();

  const apply = async (command: OutboxCommand, deviceId: string, token: string) => {
    applications.set(command.id, (applications.get(command.id) ?? 0) + 1);
    const reply: ResponseEnvelope = await host.dispatch({ id: 1, method: command.method, params: command.params, token, lang: 'en' });
    const result: unknown = reply.ok ? reply.result : null;
    const reference =
      typeof result === 'object' && result !== null
        ? 'number' in result && typeof result.number === 'string'
          ? result.number
          : 'voucher' in result && typeof result.voucher === 'object' && result.voucher !== null && 'number' in result.voucher
            ? String(result.voucher.number)
            : null
        : null;
    const message = reply.ok
      ? null
      : {
          en: translate(reply.error.key ?? '', 'en', reply.error.params) ?? reply.error.message,
          hi: translate(reply.error.key ?? '', 'hi', reply.error.params) ?? reply.error.message,
        };
    const outcome = CommandOutcome.parse({
      commandId: command.id,
      deviceId,
      status: reply.ok ? 'applied' : 'refused',
      appliedAt: new Date().toISOString(),
      reference,
      message,
      flagged: false,
    });
    outcomes.set(command.id, outcome);
    staff?.transact(() => staff?.getMap(SYNC_KEYS.staff.outcomes).set(command.id, outcome), ORIGIN);
  };

  const watch = async (room: string, deviceId: string) => {
    if (!relay) return;
    const { doc } = await relay.openDocument(room);
    const seen = new Set<string>();
    const drain = () => {
      for (const value of doc.getArray(SYNC_KEYS.outbox.commands).toArray()) {
        const parsed = OutboxCommand.safeParse(value);
        if (!parsed.success || seen.has(parsed.data.id) || outcomes.has(parsed.data.id)) continue;
        seen.add(parsed.data.id);
        const token = watching.get(room) ?? '';
        chain = chain.then(() => apply(parsed.data, deviceId, token));
      }
    };
    doc.getArray(SYNC_KEYS.outbox.commands).observe(drain);
    drain();
  };

  const authenticate: Authenticate = async ({ token, room }) => {
    if (!token) return { ok: false, code: CloseCode.unauthenticated, reason: 'a session is needed' };
    if (room.shopId !== shopId) return { ok: false, code: CloseCode.unknownDocument, reason: 'not this shop' };
    const me = await host.dispatch({ id: 1, method: 'auth.me', params: {}, token });
    if (!me.ok) return { ok: false, code: CloseCode.unauthenticated, reason: 'session ended' };
    const { user, device } = me.result as { user: { role: 'owner' | 'manager' | 'staff' | 'accountant' }; device: { id: string } };
    if (room.kind === 'outbox' && room.deviceId === device.id) {
      const known = watching.has(room.name);
      watching.set(room.name, token);
      if (!known) void watch(room.name, device.id);
    }
    return { ok: true, principal: { shopId, role: user.role, deviceId: device.id } };
  };

  const publish = async (catalog: Y.Doc, staffDoc: Y.Doc) => {
    const owner = await host.as('owner');
    const [products, shop, customers] = await Promise.all([
      owner.call('catalog.search', { q: '', minPricePaise: 0, limit: 200 }),
      owner.call('shop.get', {}),
      owner.call('khata.customers', { limit: 1000 }),
    ]);
    const at = new Date().toISOString();
    catalog.transact(() => {
      const map = catalog.getMap(SYNC_KEYS.catalog.products);
      for (const p of products) map.set(p.id, CatalogEntry.parse({ ...p, category: p.category || null }));
      const meta = catalog.getMap(SYNC_KEYS.catalog.meta);
      meta.set('version', 1);
      meta.set('publishedAt', at);
      meta.set('shopName', shop.name);
      meta.set('roundOff', shop.roundOff);
      meta.set('composition', false);
    }, ORIGIN);
    staffDoc.transact(() => {
      const stock = staffDoc.getMap(SYNC_KEYS.staff.stock);
      for (const p of products) stock.set(p.id, { onHandMilli: p.onHandMilli, lowAtMilli: p.reorderLevelMilli, at });
      const dues = staffDoc.getMap(SYNC_KEYS.staff.dues);
      for (const c of customers) dues.set(c.customerId, { name: c.name, phone: c.phone, balancePaise: c.balancePaise, at });
    }, ORIGIN);
  };

  return {
    shopId,
    authenticate,
    outcomes,
    applications,
    async attach(r) {
      relay = r;
      const catalog = (await r.openDocument(SYNC_DOCUMENT.catalog(shopId))).doc;
      staff = (await r.openDocument(SYNC_DOCUMENT.staff(shopId))).doc;
      await publish(catalog, staff);
    },
    addGoneCustomer(id, name) {
      staff?.getMap(SYNC_KEYS.staff.dues).set(id, { name, phone: '9000000000', balancePaise: 50_000, at: new Date().toISOString() });
    },
    writeDay(date, salesPaise) {
      const at = new Date().toISOString();
      const byTender = { cash: Math.floor(salesPaise / 2), upi: salesPaise - Math.floor(salesPaise / 2), card: 0, credit: 0 };
      staff
        ?.getMap(SYNC_KEYS.staff.today)
        .set(date, { date, salesPaise, bills: 12, byTender, cashInDrawerPaise: 150_000 + byTender.cash, collectedPaise: 30_000, at });
    },
  };
}
