import { knownValues, type DemandSeries } from './series';

/**
 * Syntetos–Boylan demand classes from the average inter-demand interval (ADI) and the squared
 * coefficient of variation of the non-zero sizes (CV²), with their published cut-offs 1.32 and
 * 0.49. Intermittent and lumpy items are routed to Croston-type methods; smooth and erratic ones
 * to the weekly models.
 */
export type DemandClass = 'smooth' | 'erratic' | 'intermittent' | 'lumpy' | 'no-demand';

export const ADI_CUTOFF = 1.32;
export const CV2_CUTOFF = 0.49;

export interface Classification {
  demandClass: DemandClass;
  adi: number;
  cv2: number;
  /** days with known demand */
  observed: number;
  nonZero: number;
}

export function classifyValues(values: readonly number[]): Classification {
  const sizes = values.filter((v) => v > 0);
  const observed = values.length;
  if (sizes.length === 0) return { demandClass: 'no-demand', adi: Number.POSITIVE_INFINITY, cv2: 0, observed, nonZero: 0 };
  const adi = observed / sizes.length;
  const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  const variance = sizes.length > 1 ? sizes.reduce((a, b) => a + (b - mean) ** 2, 0) / (sizes.length - 1) : 0;
  const cv2 = mean > 0 ? variance / mean ** 2 : 0;
  const sparse = adi >= ADI_CUTOFF;
  const variable = cv2 >= CV2_CUTOFF;
  const demandClass: DemandClass = sparse ? (variable ? 'lumpy' : 'intermittent') : variable ? 'erratic' : 'smooth';
  return { demandClass, adi, cv2, observed, nonZero: sizes.length };
}

/** The class of a product's known days before `origin`. */
export function classifySeries(s: DemandSeries, origin: number): Classification {
  return classifyValues(knownValues(s, 0, origin));
}

export const isIntermittent = (c: DemandClass) => c === 'intermittent' || c === 'lumpy';
