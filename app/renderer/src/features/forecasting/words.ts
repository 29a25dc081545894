import type { StringKey } from '../../i18n/i18n';

const METHODS: Record<string, StringKey> = {
  'profile-es': 'fcMethod_profile-es',
  snaive: 'fcMethod_snaive',
  'mean-28': 'fcMethod_mean-28',
  croston: 'fcMethod_croston',
  sba: 'fcMethod_sba',
  tsb: 'fcMethod_tsb',
  ets: 'fcMethod_ets',
  global: 'fcMethod_global',
};

/** A method's name as the owner reads it (blends of several are one word). */
export const methodWord = (method: string): StringKey => METHODS[method] ?? 'fcMethod_blend';

const REASONS: Record<string, StringKey> = {
  'enough-stock': 'fcReason_enough-stock',
  'rounded-to-packs': 'fcReason_rounded-to-packs',
  'raised-to-minimum': 'fcReason_raised-to-minimum',
  'capped-by-shelf-life': 'fcReason_capped-by-shelf-life',
  'minimum-exceeds-shelf-life': 'fcReason_minimum-exceeds-shelf-life',
  'forecast-extended': 'fcReason_forecast-extended',
};

export const reasonWord = (reason: string): StringKey | null => REASONS[reason] ?? null;

/** A quantity in milli-units as the product's units: whole where it is whole, else one decimal (an expected 25.98 reads 26.0). */
export const units = (milli: number) => (milli / 1000).toLocaleString('en-IN', { maximumFractionDigits: milli % 1000 === 0 ? 0 : 1 });

export const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
