import { useT } from '../../i18n/i18n';
import { thisMonth } from '../../ui/period';
import { PeriodReport } from './PeriodReport';

/** Every bill and credit note of the period with its tax heads; a row opens its bill; `?from=&to=` opens it on that period (the dashboard's drill-down). */
export function SalesRegister({ search }: { search?: URLSearchParams }) {
  const { t } = useT();
  return <PeriodReport report="salesRegister" title={t('salesRegister')} period={thisMonth} search={search} />;
}

/** Purchase bills (the supplier's number, date and GSTIN), debit notes as negatives, and expense bills with input GST. */
export function PurchaseRegister() {
  const { t } = useT();
  return <PeriodReport report="purchaseRegister" title={t('purchaseRegister')} period={thisMonth} />;
}
