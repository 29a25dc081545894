import { fail } from '../../i18n/fail';
import { formatAmount, formatDate } from '../../format/index';
import { toBase64 } from '../../contract/base64';
import type { AreaHandlers } from '../handler';
import { found } from '../guards';

const SHARE_DAYS = 30;

export const printingHandlers = {
  'printing.reprint': async (deps, p) => {
    found(deps.store.billing.header(p.invoiceId), 'Invoice');
    return deps.printer.printNow(p.invoiceId);
  },

  'printing.creditNote': async (deps, p, ctx) => {
    const { store, clock } = deps;
    const note = found(store.creditNotes.view(p.id), 'Credit note');
    const shop = store.shop.get();
    // Any earlier print of this note, even one that failed half-way, makes this one a duplicate.
    const earlier = store.audit.list({ from: null, to: null, entity: 'credit_note', entityId: note.id, limit: 50 });
    const copy = earlier.some((r) => r.action === 'printing.creditNote') ? 'duplicate' : 'original';
    if (shop.printer.kind === 'none') return { status: 'disabled', copy, error: null } as const;
    const outcome = await deps.printer.printCreditNote({ note, shop, copy });
    store.audit.append({
      at: clock.now().toISOString(),
      userId: ctx.user.id,
      action: 'printing.creditNote',
      entity: 'credit_note',
      entityId: note.id,
      before: null,
      after: { number: note.number, invoice: note.invoice.number, copy, printed: outcome.ok, error: outcome.error },
    });
    return { status: outcome.ok ? 'printed' : 'failed', copy, error: outcome.error } as const;
  },

  'printing.attempts': (deps, p) => {
    found(deps.store.billing.header(p.invoiceId), 'Invoice');
    return deps.store.printJobs.attempts(p.invoiceId);
  },

  'printing.testPrint': (deps, p) => {
    const shop = deps.store.shop.get();
    const printer = p.printer ?? shop.printer;
    if (printer.kind === 'none') fail('INVALID_INPUT', 'printing.chooseConnection');
    return deps.printer.testPrint(printer, shop);
  },

  'printing.status': (deps) => {
    const { printer } = deps.store.shop.get();
    if (printer.kind === 'none') fail('INVALID_INPUT', 'printing.noPrinter');
    return deps.printer.check(printer);
  },

  'printing.invoicePdf': async (deps, p) => {
    const invoice = found(deps.store.billing.view(p.invoiceId), 'Invoice');
    const bytes = await deps.documents.invoicePdf(invoice, deps.store.shop.get(), p.size);
    return { fileName: `${invoice.number.replace(/\//g, '-')}.pdf`, contentType: 'application/pdf', base64: toBase64(bytes) } as const;
  },

  'printing.shareLink': (deps, p, ctx) => {
    const { store, clock, secrets, documents } = deps;
    const invoice = found(store.billing.view(p.invoiceId), 'Invoice');
    const shop = store.shop.get();
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + SHARE_DAYS * 86_400_000).toISOString();
    const base = documents.lanBaseUrl();
    let pdfUrl: string | null = null;
    if (base) {
      // The key opens this one invoice and nothing else; only its hash is stored.
      const key = secrets.newToken();
      store.transaction(() => {
        store.printJobs.addShareLink({ tokenHash: secrets.hashToken(key), invoiceId: invoice.id, createdAt: now.toISOString(), expiresAt });
        store.audit.append({
          at: now.toISOString(),
          userId: ctx.user.id,
          action: 'printing.shareLink',
          entity: 'invoice',
          entityId: invoice.id,
          before: null,
          after: { expiresAt },
        });
      });
      pdfUrl = `${base}/invoices/${encodeURIComponent(invoice.id)}.pdf?key=${key}`;
    }
    const text = [
      `${shop.name}`,
      `${invoice.docType === 'bill_of_supply' ? 'Bill of supply' : 'Tax invoice'} ${invoice.number} dated ${formatDate(invoice.date)}`,
      `Amount: Rs. ${formatAmount(invoice.totals.payablePaise)}`,
      ...(pdfUrl ? [`Invoice PDF: ${pdfUrl}`] : []),
      'Thank you!',
    ].join('\n');
    const phone = p.phone ?? invoice.customer?.phone ?? '';
    const whatsappUrl = `https://wa.me/${phone ? `91${phone}` : ''}?text=${encodeURIComponent(text)}`;
    return { text, pdfUrl, whatsappUrl, expiresAt };
  },
} satisfies AreaHandlers<'printing'>;
