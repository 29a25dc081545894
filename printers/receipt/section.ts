import type { z } from 'zod';
import type { InvoiceView, PrinterConfig, ShopView } from '../../app/core/contract';
import type { LabelKey, ReceiptLang } from './labels';

type Printer = Exclude<z.output<typeof PrinterConfig>, { kind: 'none' }>;
/** the parts of a printer's settings that change how a receipt looks */
export type ReceiptStyle = Pick<Printer, 'width' | 'qr' | 'hindi' | 'drawer' | 'drawerPin' | 'cut'>;

export interface ReceiptDoc {
  shop: z.output<typeof ShopView>;
  invoice: z.output<typeof InvoiceView>;
  copy: 'original' | 'duplicate';
  /** the customer's khata balance after this bill, printed on credit sales */
  khataBalancePaise?: number | null;
}

/** What every section needs: the document, its look, and the label language. */
export interface Section extends ReceiptDoc {
  style: ReceiptStyle;
  lang: ReceiptLang;
  t: (key: LabelKey) => string;
}
