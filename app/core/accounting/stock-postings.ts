import type { Paise } from '../money';
import { balanced, signed, type Balanced } from './posting';

/**
 * Journals of stock that changes without a sale or a purchase. A shortfall (damage, theft, expiry,
 * a count below the books) is an expense on STOCK_ADJUSTMENT; a surplus reduces it.
 */
export function postingsForStockAdjustment(valueChangePaise: Paise): Balanced {
  return balanced([signed('STOCK', valueChangePaise), signed('STOCK_ADJUSTMENT', -valueChangePaise)]);
}

/** Opening stock of a new shop: the goods on the shelf are the owner's capital brought in. */
export function postingsForOpeningStock(valuePaise: Paise): Balanced {
  return balanced([signed('STOCK', valuePaise), signed('CAPITAL', -valuePaise)]);
}
