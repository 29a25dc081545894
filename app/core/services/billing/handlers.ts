import { lineMoneyInPaise, totalsInPaise } from '../../billing/pricing';
import { localDate } from '../../calendar/fy';
import { cancelInvoice } from './cancel-invoice';
import type { AreaHandlers } from '../handler';
import { found } from '../guards';
import { heldBillHandlers } from './held-bills';
import { paperBillHandlers } from './paper-bills';
import { postInvoice } from './post-invoice';
import { priceCart } from './price-cart';

export const billingHandlers = {
  'billing.quote': (deps, p, ctx) => {
    const { bill, issues } = priceCart(deps, p, ctx);
    const t = bill.totals;
    return {
      docType: bill.docType,
      supply: bill.supply,
      lines: bill.lines.map((l) => ({ ...lineMoneyInPaise(l), taxPaise: l.total - l.taxable })),
      totals: totalsInPaise(t),
      stockWarnings: issues.flatMap((issue, i) => {
        const line = bill.lines[i];
        return issue.shortMilli > 0 && line
          ? [{ productId: issue.productId, name: line.product.name, onHandMilli: line.qtyMilli - issue.shortMilli, wantedMilli: line.qtyMilli }]
          : [];
      }),
    };
  },
  'billing.postInvoice': postInvoice,
  'billing.cancelInvoice': cancelInvoice,
  'billing.getInvoice': (deps, p) => found(deps.store.billing.view(p.id), 'Invoice'),
  'billing.listInvoices': (deps, p) => deps.store.billing.list(p.date ?? localDate(deps.clock.now()), p.limit),
  ...heldBillHandlers,
  ...paperBillHandlers,
} satisfies AreaHandlers<'billing'>;
