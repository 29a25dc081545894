import type { Paise } from '../money';

/** The tax heads a return adds up, with the taxable value. */
export interface Heads {
  taxablePaise: Paise;
  igstPaise: Paise;
  cgstPaise: Paise;
  sgstPaise: Paise;
  cessPaise: Paise;
}
export type TaxOnly = Omit<Heads, 'taxablePaise'>;

export const ZERO: Heads = { taxablePaise: 0, igstPaise: 0, cgstPaise: 0, sgstPaise: 0, cessPaise: 0 };

export function addHeads(a: Heads, l: Heads, sign = 1): Heads {
  return {
    taxablePaise: a.taxablePaise + sign * l.taxablePaise,
    igstPaise: a.igstPaise + sign * l.igstPaise,
    cgstPaise: a.cgstPaise + sign * l.cgstPaise,
    sgstPaise: a.sgstPaise + sign * l.sgstPaise,
    cessPaise: a.cessPaise + sign * l.cessPaise,
  };
}

export const taxOf = ({ taxablePaise: _t, ...tax }: Heads): TaxOnly => tax;

export function minusTax(a: TaxOnly, b: TaxOnly): TaxOnly {
  return {
    igstPaise: a.igstPaise - b.igstPaise,
    cgstPaise: a.cgstPaise - b.cgstPaise,
    sgstPaise: a.sgstPaise - b.sgstPaise,
    cessPaise: a.cessPaise - b.cessPaise,
  };
}

export const isZero = (h: Heads) => h.taxablePaise === 0 && h.igstPaise === 0 && h.cgstPaise === 0 && h.sgstPaise === 0 && h.cessPaise === 0;
