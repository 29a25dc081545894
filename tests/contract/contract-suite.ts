import { afterAll, beforeAll, describe } from 'vitest';
import { accessCases } from './suite-access';
import { billCases } from './suite-bill';
import { langCases } from './suite-lang';
import { paramCases } from './suite-params';
import { sessionCases } from './suite-sessions';
import type { SuiteContext } from './suite-context';
import type { TransportFactory } from './transports';

/**
 * The API's contract, defined once and registered for any transport: the same calls must give
 * the same answers in-process, over HTTP, and (through the same dispatcher) over Electron IPC.
 * Each transport gets its own demo shop on a real SQLite file.
 */
export function contractSuite(factory: TransportFactory): void {
  describe(`the API contract over ${factory.name}`, () => {
    const ctx = { tag: factory.name.toLowerCase().replace(/[^a-z]/g, '') } as SuiteContext;
    beforeAll(async () => {
      ctx.t = await factory.start();
      ctx.staff = await ctx.t.as('staff');
      ctx.manager = await ctx.t.as('manager', 'contract-manager-tablet');
      ctx.owner = await ctx.t.as('owner', 'contract-owner-phone');
    });
    afterAll(async () => {
      await ctx.t?.close();
    });

    sessionCases(ctx);
    accessCases(ctx);
    paramCases(ctx);
    billCases(ctx);
    langCases(ctx);
  });
}
