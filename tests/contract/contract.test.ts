import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../app/core/contract';
import { contractSuite } from './contract-suite';
import { httpOnlySuite } from './http-only';
import { checkingResults, inProcess, overHttp, type TransportFactory } from './transports';

// The same contract, case for case, over each transport.
contractSuite(inProcess);
contractSuite(overHttp);
httpOnlySuite(overHttp);

describe('the transports agree', () => {
  async function postOneBill(factory: TransportFactory): Promise<unknown> {
    const t = await factory.start();
    try {
      const staff = await t.as('staff');
      return await staff.call('billing.postInvoice', {
        clientRef: 'same-bill-0001',
        lines: [
          { productId: 'prod-demo-001', qtyMilli: 1000 },
          { productId: 'prod-demo-030', qtyMilli: 2000 },
        ],
        tenders: [{ method: 'cash', amountPaise: 36500, tenderedPaise: 40000 }],
      });
    } finally {
      await t.close();
    }
  }

  it('the same call on the same shop gives the same result in-process and over HTTP', async () => {
    // A fresh demo shop each, frozen clock, sequential ids: any difference is the transport's doing
    // (e.g. a value JSON cannot carry, such as undefined or a Date).
    const [local, remote] = [await postOneBill(inProcess), await postOneBill(overHttp)];
    expect(remote).toEqual(local);
    expect(JSON.parse(JSON.stringify(local))).toStrictEqual(local);
  });
});

describe('the result check the suite relies on', () => {
  it('rejects a result that breaks its method’s schema', async () => {
    const lying = checkingResults(createApiClient(async (request) => ({ id: request.id, ok: true, result: { user: 'not an object' } })));
    await expect(lying.call('auth.me', {})).rejects.toThrow(/auth.me answered a result that breaks its schema/);
  });
});
