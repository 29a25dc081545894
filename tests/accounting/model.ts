import fc from 'fast-check';
import { ApiError, type ApiClient } from '../../app/core/contract/index';
import { makeTestHost, type TestHost } from '../support/test-host';
import { sellPaidInFull } from '../support/selling';

/**
 * Random business for the property tests: a command is one action a shop takes. Each kind has an
 * arbitrary and a runner; purchases and stock adjustments are more entries (stock-model.ts)
 * passed to runCommand with these. A command the app refuses (a credit limit, a return on a
 * cancelled bill) must refuse cleanly with a known code and write nothing; INTERNAL fails the test.
 */
export const DEMO_PRODUCTS = Array.from({ length: 12 }, (_, i) => `prod-demo-${String(i + 1).padStart(3, '0')}`);
export const TENDERS = ['cash', 'upi', 'card', 'credit'] as const;

export interface World {
  host: TestHost;
  manager: ApiClient;
  owner: ApiClient;
  customers: string[];
  bills: Array<{ id: string; lines: number }>;
  refused: string[];
  notes: number;
}

const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
const pennies = fc.integer({ min: 100, max: 500_000 });

export const COMMANDS = {
  sale: {
    arb: fc.record({
      lines: fc.array(fc.record({ product: fc.nat(), qty: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 4 }),
      customer: fc.option(fc.nat(), { nil: undefined }),
      tender: fc.constantFrom(...TENDERS),
      discountPaise: fc.constantFrom(0, 0, 100, 1000),
      inter: fc.boolean(),
    }),
    async run(
      w: World,
      c: {
        lines: Array<{ product: number; qty: number }>;
        customer: number | undefined;
        tender: (typeof TENDERS)[number];
        discountPaise: number;
        inter: boolean;
      },
    ) {
      const customerId = c.customer === undefined ? undefined : pick(w.customers, c.customer);
      const cart = {
        lines: c.lines.map((l) => ({ productId: pick(DEMO_PRODUCTS, l.product) ?? '', qtyMilli: l.qty * 1000 })),
        billDiscountPaise: c.discountPaise,
        ...(customerId ? { customerId } : {}),
        ...(c.inter ? { placeOfSupply: '27' } : {}),
      };
      const method = c.tender === 'credit' && !customerId ? 'cash' : c.tender;
      const inv = await sellPaidInFull(w.manager, `prop-bill-${w.bills.length}-${w.refused.length}`, { ...cart, creditLimitAck: true }, method);
      w.bills.push({ id: inv.id, lines: inv.lines.length });
    },
  },
  creditNote: {
    arb: fc.record({
      bill: fc.nat(),
      line: fc.integer({ min: 1, max: 4 }),
      qty: fc.integer({ min: 1, max: 3 }),
      refund: fc.constantFrom('cash', 'upi', 'bank', 'credit' as const),
    }),
    async run(w: World, c: { bill: number; line: number; qty: number; refund: 'cash' | 'upi' | 'bank' | 'credit' }) {
      const bill = pick(w.bills, c.bill);
      if (!bill) return;
      const lineNo = 1 + ((c.line - 1) % bill.lines);
      await w.manager.call('accounting.creditNote', {
        clientRef: `prop-cn-${w.notes++}`,
        invoiceId: bill.id,
        lines: [{ lineNo, qtyMilli: c.qty * 1000 }],
        refund: c.refund,
        reason: 'Property test return',
      });
    },
  },
  cancel: {
    arb: fc.nat(),
    async run(w: World, bill: number) {
      const id = pick(w.bills, bill)?.id;
      if (id) await w.manager.call('billing.cancelInvoice', { id, reason: 'Property test cancel' });
    },
  },
  receipt: {
    arb: fc.record({ customer: fc.nat(), amountPaise: pennies, method: fc.constantFrom('cash', 'upi', 'card', 'bank' as const) }),
    async run(w: World, c: { customer: number; amountPaise: number; method: 'cash' | 'upi' | 'card' | 'bank' }) {
      const customerId = pick(w.customers, c.customer);
      if (customerId) await w.manager.call('khata.receive', { customerId, amountPaise: c.amountPaise, method: c.method });
    },
  },
  payment: {
    arb: fc.record({ amountPaise: pennies, to: fc.constantFrom('DRAWINGS', 'SALARIES', 'SHOP_EXPENSES'), from: fc.constantFrom('CASH', 'BANK') }),
    async run(w: World, c: { amountPaise: number; to: string; from: string }) {
      await w.manager.call('accounting.payment', { to: { account: c.to }, amountPaise: c.amountPaise, from: c.from });
    },
  },
  expense: {
    arb: fc.record({
      amountPaise: pennies,
      account: fc.constantFrom('RENT', 'ELECTRICITY', 'FREIGHT', 'TELEPHONE'),
      gst: fc.boolean(),
      from: fc.constantFrom('CASH', 'BANK'),
    }),
    async run(w: World, c: { amountPaise: number; account: string; gst: boolean; from: string }) {
      const half = Math.round((c.amountPaise * 9) / 100);
      await w.manager.call('accounting.expense', {
        account: c.account,
        amountPaise: c.amountPaise,
        paidFrom: c.from,
        ...(c.gst ? { tax: { cgstPaise: half, sgstPaise: half } } : {}),
      });
    },
  },
  contra: {
    arb: fc.record({ amountPaise: pennies, toBank: fc.boolean() }),
    async run(w: World, c: { amountPaise: number; toBank: boolean }) {
      await w.manager.call('accounting.contra', { from: c.toBank ? 'CASH' : 'BANK', to: c.toBank ? 'BANK' : 'CASH', amountPaise: c.amountPaise });
    },
  },
  register: {
    arb: fc.record({ close: fc.boolean(), offByPaise: fc.integer({ min: -5000, max: 5000 }) }),
    async run(w: World, c: { close: boolean; offByPaise: number }) {
      const { bookCashPaise, open } = await w.manager.call('accounting.register', {});
      const countedPaise = Math.max(0, bookCashPaise + c.offByPaise);
      if (open && c.close) await w.manager.call('accounting.closeRegister', { countedPaise });
      else if (!open) await w.manager.call('accounting.openRegister', { countedPaise });
    },
  },
  nextDay: {
    arb: fc.integer({ min: 1, max: 40 }),
    run(w: World, hours: number) {
      w.host.clock.advance(hours * 3_600_000);
      return Promise.resolve();
    },
  },
};

export type Command = { [K in keyof typeof COMMANDS]: { kind: K; args: Parameters<(typeof COMMANDS)[K]['run']>[1] } }[keyof typeof COMMANDS];

/** Sales come most often, as in a shop; every other kind still turns up in most sequences. */
const WEIGHTS: Partial<Record<keyof typeof COMMANDS, number>> = { sale: 6, creditNote: 2, receipt: 2 };

export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  ...(Object.keys(COMMANDS) as Array<keyof typeof COMMANDS>).map((kind) => ({
    weight: WEIGHTS[kind] ?? 1,
    arbitrary: (COMMANDS[kind].arb as fc.Arbitrary<unknown>).map((args) => ({ kind, args }) as Command),
  })),
);

export async function runCommand<W extends World>(w: W, c: { kind: string; args: unknown }, commands: object = COMMANDS): Promise<void> {
  const runner = (commands as Record<string, { run(w: W, args: unknown): Promise<void> }>)[c.kind];
  if (!runner) throw new Error(`no command ${c.kind}`);
  try {
    await runner.run(w, c.args);
  } catch (e) {
    if (!(e instanceof ApiError) || e.code === 'INTERNAL') throw e;
    w.refused.push(`${c.kind}: ${e.code}`);
  }
}

/** A fresh demo shop taken through these commands, handed to `check`; closed afterwards, whatever happens. */
export async function checkAfterCommands(commands: readonly Command[], check: (w: World) => Promise<void>): Promise<void> {
  const host = makeTestHost();
  try {
    const manager = await host.as('manager');
    const customers = (await manager.call('khata.customers', {})).map((c) => c.customerId);
    const w: World = { host, manager, owner: await host.as('owner'), customers, bills: [], refused: [], notes: 0 };
    for (const c of commands) await runCommand(w, c);
    await check(w);
  } finally {
    host.dispose();
  }
}
