import { afterAll, beforeAll, describe } from 'vitest';
import type { ApiClient } from '../../app/core/contract';
import { accessCases } from './suite-access';
import { billCases } from './suite-bill';
import { langCases } from './suite-lang';
import { paramCases } from './suite-params';
import { sessionCases } from './suite-sessions';
import type { Transport, TransportFactory } from './transports';

/** What every group of cases shares: filled in by beforeAll, so read it inside tests only. */
export interface SuiteContext {
  /** a short tag for refs that must be unique per run, e.g. "in-process" */
  tag: string;
  t: Transport;
  staff: ApiClient;
  manager: ApiClient;
  owner: ApiClient;
}

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
