import { asc, eq } from 'drizzle-orm';
import { HeldBillContent } from '../../../app/core/contract/areas/billing-held';
import type { HeldBill, HeldBillsRepo } from '../../../app/core/services/billing/ports';
import { devices, heldBills, users } from '../../schema';
import type { RepoContext } from '../context';

/** Held bills: one row each, the bill itself as JSON checked against the contract when read back. */
export function createHeldBillsRepo({ orm }: RepoContext): HeldBillsRepo {
  const summaries = () =>
    orm
      .select({
        id: heldBills.id,
        heldAt: heldBills.heldAt,
        userName: users.name,
        deviceCode: devices.code,
        customerName: heldBills.customerName,
        itemCount: heldBills.itemCount,
        payablePaise: heldBills.payablePaise,
      })
      .from(heldBills)
      .innerJoin(users, eq(users.id, heldBills.userId))
      .innerJoin(devices, eq(devices.id, heldBills.deviceId));
  const parse = (json: string): HeldBill | undefined => {
    const parsed = HeldBillContent.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  };
  return {
    insert: ({ bill, ...row }) =>
      void orm
        .insert(heldBills)
        .values({ ...row, clientRef: bill.clientRef, customerName: bill.customer?.name ?? null, itemCount: bill.items.length, bill: JSON.stringify(bill) })
        .run(),
    list: () => summaries().orderBy(asc(heldBills.heldAt)).all(),
    idByClientRef: (clientRef) => orm.select({ id: heldBills.id }).from(heldBills).where(eq(heldBills.clientRef, clientRef)).get()?.id,
    summary: (id) => summaries().where(eq(heldBills.id, id)).get(),
    take: (id) => {
      const row = orm.delete(heldBills).where(eq(heldBills.id, id)).returning({ bill: heldBills.bill }).get();
      return row ? parse(row.bill) : undefined;
    },
  };
}
