import { parseArgs } from 'node:util';
import { makeTestHost } from '../tests/support/test-host';
import { summarise } from './stats';

/**
 * A 30-line GST tax invoice as an A4 PDF through the API (printing.invoicePdf: the invoice read
 * from SQLite, laid out with pdfkit, Hindi names shaped, fonts subset, base64 for the wire).
 *   npx tsx bench/pdf-invoice.ts [--samples 30]      target: p95 ≤ 300 ms
 */
const { values } = parseArgs({ options: { samples: { type: 'string', default: '30' } } });
const SAMPLES = Number(values.samples);
const WARMUP = 3;

const host = makeTestHost();
try {
  const staff = await host.as('staff', 'bench-counter');
  const gupta = (await staff.call('customers.search', { q: 'Gupta', limit: 1 }))[0];
  const lines = Array.from({ length: 30 }, (_, i) => ({ productId: `prod-demo-${String((i % 40) + 1).padStart(3, '0')}`, qtyMilli: 1000 }));
  const quote = await staff.call('billing.quote', { lines, customerId: gupta?.id });
  const invoice = await staff.call('billing.postInvoice', { clientRef: 'bench-pdf-000001', lines, customerId: gupta?.id, tenders: [{ method: 'credit', amountPaise: quote.totals.payablePaise }] });
  const times: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const started = performance.now();
    const pdf = await staff.call('printing.invoicePdf', { invoiceId: invoice.id, size: 'A4' });
    if (i >= WARMUP) times.push(performance.now() - started);
    if (pdf.base64.length < 1000) throw new Error('no PDF came back');
  }
  console.log(JSON.stringify(summarise('pdf-invoice-30-lines', times, 300)));
} finally {
  host.dispose();
}
