import { parseArgs } from 'node:util';
import { makeTestHost } from '../tests/support/test-host';
import { startVirtualPrinter } from '../printers/virtual/server';
import { summarise, type BenchResult } from './stats';

/**
 * Bill posted → last receipt byte at the printer. A real host on a real SQLite file posts each
 * bill through the API (dispatcher, one transaction, the after-commit print queue); the receipt
 * is laid out, encoded, checked for paper (DLE EOT) and sent over TCP to the virtual printer on
 * 127.0.0.1. Measured from just before billing.postInvoice to the arrival of the job's last byte.
 *   npx tsx bench/receipt-latency.ts [--only text|hindi] [--samples 60]
 * Prints one JSON object per line: the text receipt (target 150 ms) and the one with Hindi
 * raster lines (target 400 ms; here the whole receipt in Hindi, the heaviest case).
 */
const { values } = parseArgs({ options: { only: { type: 'string' }, samples: { type: 'string', default: '60' } } });
const SAMPLES = Number(values.samples);
const WARMUP = 5;

// Eight lines, mixed rates, loose goods, Hindi names on every product.
const LINES = [
  { productId: 'prod-demo-001', qtyMilli: 1000 },
  { productId: 'prod-demo-005', qtyMilli: 1250 },
  { productId: 'prod-demo-006', qtyMilli: 500 },
  { productId: 'prod-demo-014', qtyMilli: 3000 },
  { productId: 'prod-demo-017', qtyMilli: 2000 },
  { productId: 'prod-demo-022', qtyMilli: 1000 },
  { productId: 'prod-demo-030', qtyMilli: 2000 },
  { productId: 'prod-demo-035', qtyMilli: 1000 },
];

async function run(name: string, printerOptions: Record<string, unknown>, targetMs: number): Promise<BenchResult> {
  const host = makeTestHost({ clock: { now: () => new Date() } });
  const printer = await startVirtualPrinter();
  try {
    const owner = await host.as('owner', 'bench-owner');
    await owner.call('shop.update', { printer: { kind: 'tcp', host: printer.host, port: printer.port, width: 48, ...printerOptions } });
    const staff = await host.as('staff', 'bench-counter');
    const quote = await staff.call('billing.quote', { lines: LINES });
    const tenders = [{ method: 'upi' as const, amountPaise: 10000 }, { method: 'cash' as const, amountPaise: quote.totals.payablePaise - 10000, tenderedPaise: quote.totals.payablePaise }];
    const times: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const started = performance.now();
      await staff.call('billing.postInvoice', { clientRef: `bench-${name}-${String(i).padStart(5, '0')}`, lines: LINES, tenders });
      const job = await printer.waitForJob(i, 10_000);
      if (i >= WARMUP) times.push(job.lastByteAt - started);
      await host.printsIdle();
    }
    return summarise(name, times, targetMs);
  } finally {
    await host.printsIdle();
    await printer.close();
    host.dispose();
  }
}

if (!values.only || values.only === 'text') console.log(JSON.stringify(await run('receipt-latency-text', { hindi: 'off', qr: 'native' }, 150)));
if (!values.only || values.only === 'hindi') console.log(JSON.stringify(await run('receipt-latency-hindi-raster', { hindi: 'receipt', qr: 'native' }, 400)));
