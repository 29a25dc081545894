import { startVirtualPrinter } from '../printers/virtual/server';
import { makeTestHost } from '../tests/support/test-host';
import { passes, type Benchmark, type Outcome } from './lib/result';
import { summarize } from './lib/stats';

/**
 * Bill posted → last receipt byte at the printer. A real host on a real SQLite file posts each
 * bill through the API (dispatcher, one transaction, the after-commit print queue); the receipt
 * is laid out, encoded, checked for paper (DLE EOT) and sent over TCP to the virtual printer on
 * 127.0.0.1. Measured from just before billing.postInvoice to the arrival of the job's last byte.
 */
const SAMPLES = 60;
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

async function measure(name: string, printerOptions: Record<string, unknown>, target: { p95Ms: number }, what: string): Promise<Outcome> {
  const host = makeTestHost({ clock: { now: () => new Date() } });
  const printer = await startVirtualPrinter();
  try {
    const owner = await host.as('owner', 'bench-owner');
    await owner.call('shop.update', { printer: { kind: 'tcp', host: printer.host, port: printer.port, width: 48, ...printerOptions } });
    const staff = await host.as('staff', 'bench-counter');
    const quote = await staff.call('billing.quote', { lines: LINES });
    const tenders = [
      { method: 'upi' as const, amountPaise: 10000 },
      { method: 'cash' as const, amountPaise: quote.totals.payablePaise - 10000, tenderedPaise: quote.totals.payablePaise },
    ];
    const times: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const started = performance.now();
      await staff.call('billing.postInvoice', { clientRef: `bench-${name}-${String(i).padStart(5, '0')}`, lines: LINES, tenders });
      const job = await printer.waitForJob(i, 10_000);
      if (i >= WARMUP) times.push(job.lastByteAt - started);
      await host.printsIdle();
    }
    const figures = summarize(times);
    return {
      measures: `billing.postInvoice of an 8-line bill → the last byte of its receipt at the virtual printer on 127.0.0.1 (${what})`,
      target,
      pass: passes(figures, target),
      samples: figures.n,
      figures,
    };
  } finally {
    await host.printsIdle();
    await printer.close();
    host.dispose();
  }
}

export const receiptText: Benchmark = {
  name: 'receipt-text',
  title: 'Bill posted → last receipt byte, text receipt',
  run: () => measure('text', { hindi: 'off', qr: 'native' }, { p95Ms: 150 }, 'device text, native UPI QR'),
};

export const receiptHindi: Benchmark = {
  name: 'receipt-hindi',
  title: 'Bill posted → last receipt byte, whole receipt in Hindi (raster)',
  run: () => measure('hindi', { hindi: 'receipt', qr: 'native' }, { p95Ms: 400 }, 'every line with Devanagari drawn as a 1-bit raster: the heaviest case'),
};
