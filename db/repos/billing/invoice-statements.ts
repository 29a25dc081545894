import { eq, sql } from 'drizzle-orm';
import { customers, devices, invoiceLines, invoices, LINE_TAX_COLUMNS, payments, users } from '../../schema';
import { once, placeholders, preparedWrite, type RepoContext } from '../context';

const ph = sql.placeholder;

// Posting a bill runs these on every sale, so they are built and prepared once (see once()).
export function invoiceStatements({ orm, raw }: RepoContext) {
  return {
    idByClientRef: once(() =>
      orm
        .select({ id: invoices.id })
        .from(invoices)
        .where(eq(invoices.clientRef, ph('clientRef')))
        .prepare(),
    ),
    insertInvoice: preparedWrite(raw, () =>
      orm.insert(invoices).values({
        ...placeholders('id', 'clientRef', 'number', 'fy', 'docType', 'date', 'createdAt', 'userId', 'deviceId', 'customerId', 'supply', 'placeOfSupply'),
        ...placeholders('buyerName', 'buyerGstin', 'buyerState', 'gstClass'),
        ...placeholders(
          'amountPaise',
          'discountPaise',
          'taxablePaise',
          'cgstPaise',
          'sgstPaise',
          'igstPaise',
          'cessPaise',
          'valuePaise',
          'roundOffPaise',
          'payablePaise',
          'costPaise',
        ),
        status: 'posted',
      }),
    ),
    insertLine: preparedWrite(raw, () =>
      orm
        .insert(invoiceLines)
        .values(
          placeholders(
            'invoiceId',
            'lineNo',
            'productId',
            'name',
            'nameHi',
            'hsn',
            'unit',
            'qtyMilli',
            'unitPricePaise',
            'mrpPaise',
            'amountPaise',
            'discountPaise',
            'billDiscountPaise',
            ...LINE_TAX_COLUMNS,
            'costPaise',
          ),
        ),
    ),
    insertPayment: preparedWrite(raw, () =>
      orm.insert(payments).values(placeholders('invoiceId', 'seq', 'method', 'amountPaise', 'tenderedPaise', 'changePaise', 'reference')),
    ),
    header: once(() =>
      orm
        .select({ id: invoices.id, number: invoices.number, date: invoices.date, status: invoices.status, customerId: invoices.customerId })
        .from(invoices)
        .where(eq(invoices.id, ph('id')))
        .prepare(),
    ),
    viewHead: once(() =>
      orm
        .select({
          inv: invoices,
          cashierName: users.name,
          deviceCode: devices.code,
          customerPhone: customers.phone,
        })
        .from(invoices)
        .innerJoin(users, eq(users.id, invoices.userId))
        .innerJoin(devices, eq(devices.id, invoices.deviceId))
        .leftJoin(customers, eq(customers.id, invoices.customerId))
        .where(eq(invoices.id, ph('id')))
        .prepare(),
    ),
    viewLines: once(() =>
      orm
        .select()
        .from(invoiceLines)
        .where(eq(invoiceLines.invoiceId, ph('id')))
        .orderBy(invoiceLines.lineNo)
        .prepare(),
    ),
    viewPayments: once(() =>
      orm
        .select()
        .from(payments)
        .where(eq(payments.invoiceId, ph('id')))
        .orderBy(payments.seq)
        .prepare(),
    ),
  };
}
