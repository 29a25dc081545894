import type { ApiClient, ParamsIn, Result } from '../../app/core/contract';

/** What the counter prices, and whether the cashier goes on past the khata credit-limit warning. */
type Cart = ParamsIn<'billing.quote'> & Pick<ParamsIn<'billing.postInvoice'>, 'creditLimitAck'>;
type TenderMethod = NonNullable<ParamsIn<'billing.postInvoice'>['tenders']>[number]['method'];

/** A bill paid in one tender (cash unless told) of exactly what the counter quotes for the cart. */
export async function sellPaidInFull(
  client: ApiClient,
  clientRef: string,
  { creditLimitAck, ...cart }: Cart,
  method: TenderMethod = 'cash',
): Promise<Result<'billing.postInvoice'>> {
  const { totals } = await client.call('billing.quote', cart);
  return client.call('billing.postInvoice', { ...cart, clientRef, creditLimitAck, tenders: [{ method, amountPaise: totals.payablePaise }] });
}

interface PartReturn {
  clientRef: string;
  invoiceId: string;
  reason: string;
  /** the bill's line taken back (its first unless told) */
  lineNo?: number;
  /** how much of it (one unit unless told) */
  qtyMilli?: number;
  refund?: ParamsIn<'accounting.creditNote'>['refund'];
}

/** A credit note taking back part of one line of a bill, refunded in cash unless told. */
export function returnPart(
  client: ApiClient,
  { clientRef, invoiceId, reason, lineNo = 1, qtyMilli = 1000, refund = 'cash' }: PartReturn,
): Promise<Result<'accounting.creditNote'>> {
  return client.call('accounting.creditNote', { clientRef, invoiceId, lines: [{ lineNo, qtyMilli }], refund, reason });
}
