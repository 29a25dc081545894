import { makeTestHost } from '../tests/support/test-host';
import { passes, type Benchmark, type Outcome } from './lib/result';
import { summarize } from './lib/stats';

/**
 * A 30-line GST tax invoice as an A4 PDF through the API (printing.invoicePdf: the invoice read
 * from SQLite, laid out with pdfkit, Hindi names shaped, fonts subset, base64 for the wire).
 */
const SAMPLES = 30;
const WARMUP = 3;
const TARGET = { p95Ms: 300 };

async function measure(): Promise<Outcome> {
  const host = makeTestHost();
  try {
    const staff = await host.as('staff', 'bench-counter');
    const gupta = (await staff.call('customers.search', { q: 'Gupta', limit: 1 }))[0];
    const lines = Array.from({ length: 30 }, (_, i) => ({ productId: `prod-demo-${String((i % 40) + 1).padStart(3, '0')}`, qtyMilli: 1000 }));
    const quote = await staff.call('billing.quote', { lines, customerId: gupta?.id });
    const invoice = await staff.call('billing.postInvoice', {
      clientRef: 'bench-pdf-000001',
      lines,
      customerId: gupta?.id,
      tenders: [{ method: 'credit', amountPaise: quote.totals.payablePaise }],
    });
    const times: number[] = [];
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const started = performance.now();
      const pdf = await staff.call('printing.invoicePdf', { invoiceId: invoice.id, size: 'A4' });
      if (i >= WARMUP) times.push(performance.now() - started);
      if (pdf.base64.length < 1000) throw new Error('no PDF came back');
    }
    const figures = summarize(times);
    return {
      measures: 'printing.invoicePdf of a 30-line B2B tax invoice, A4, through the in-process client (read, lay out, shape Hindi, subset fonts, base64)',
      target: TARGET,
      pass: passes(figures, TARGET),
      samples: figures.n,
      figures,
    };
  } finally {
    host.dispose();
  }
}

export const pdfInvoice: Benchmark = { name: 'pdf-invoice', title: 'A4 GST invoice PDF of 30 lines', run: measure };
