/** What a shelf or product label shows (the catalogue fills it; printers/ draws it). */
export interface LabelItem {
  name: string;
  nameHi: string | null;
  barcode: string;
  pricePaise: number;
  mrpPaise: number | null;
  /** 'kg' or 'l' for loose goods priced per unit; '' for packs */
  unit: string;
  packSize: string;
}

export type LabelLayout = 'shelf' | 'product';
