import type { z } from 'zod';
import type { QuoteView } from '../../../../core/contract/areas/billing';
import { formatInr } from '../../../../core/format';
import { useT, type StringKey } from '../../i18n/i18n';
import type { Customer } from './cart-state';
import type { TenderInputs, TenderPlan } from './tenders';

type Quote = z.output<typeof QuoteView>;

interface Props {
  quote: Quote | undefined;
  quoteError: string | null;
  itemCount: number;
  customer: Customer | null;
  inputs: TenderInputs;
  plan: TenderPlan | null;
  onInput: (key: keyof TenderInputs, value: string) => void;
  onComplete: () => void;
  busy: boolean;
  firstFieldRef: React.Ref<HTMLInputElement>;
  /** the cashier is in the payment fields: the customer display shows the UPI QR */
  onPayingChange?: (paying: boolean) => void;
  /** on a phone the panel is a sheet over the bill: closed, only the To-pay bar shows */
  sheetOpen: boolean;
  onSheet: (open: boolean) => void;
  onCustomer: () => void;
}

const FIELDS: Array<{ key: keyof TenderInputs; label: StringKey }> = [
  { key: 'cash', label: 'cash' },
  { key: 'upi', label: 'upi' },
  { key: 'card', label: 'card' },
  { key: 'credit', label: 'credit' },
];

/**
 * Totals from the host's quote, and split tenders: type amounts, see the change, F10 to finish.
 * On a phone (styles/counter-sheet.css) it is a To-pay bar under the cart that opens as a sheet in
 * the bill's place, with a way back; elsewhere the sheet's buttons are inert or hidden.
 */
export function PaymentPanel(props: Props) {
  const { quote, quoteError, itemCount, customer, inputs, plan, onInput, onComplete, busy, firstFieldRef, onPayingChange, sheetOpen, onSheet, onCustomer } =
    props;
  const { t } = useT();
  const tt = quote?.totals;
  const gst = tt ? tt.cgstPaise + tt.sgstPaise + tt.igstPaise + tt.cessPaise : 0;
  return (
    <aside className={`pay-panel${sheetOpen ? ' sheet-open' : ''}`}>
      <button type="button" className="pay-back" tabIndex={-1} onClick={() => onSheet(false)}>
        ‹ {t('backToBill')}
      </button>
      <button type="button" className="customer-line" tabIndex={-1} onClick={onCustomer}>
        <span>
          {t('customer')} <kbd>F5</kbd>
        </span>
        <strong>{customer ? `${customer.name}${customer.phone ? ` · ${customer.phone}` : ''}` : t('walkIn')}</strong>
      </button>
      <dl className="totals">
        <dt>{t('items')}</dt>
        <dd>{itemCount}</dd>
        {tt && tt.discountPaise > 0 && (
          <>
            <dt>{t('discount')}</dt>
            <dd>−{formatInr(tt.discountPaise)}</dd>
          </>
        )}
        {quote?.docType === 'tax_invoice' && tt && (
          <>
            <dt>{t('taxable')}</dt>
            <dd>{formatInr(tt.taxablePaise)}</dd>
            <dt>{t('gst')}</dt>
            <dd>{formatInr(gst)}</dd>
          </>
        )}
        {tt && tt.roundOffPaise !== 0 && (
          <>
            <dt>{t('roundOff')}</dt>
            <dd>{formatInr(tt.roundOffPaise)}</dd>
          </>
        )}
      </dl>
      <button type="button" className="payable" data-testid="payable" tabIndex={-1} onClick={() => onSheet(true)}>
        <span>{t('payable')}</span>
        <strong>{formatInr(tt?.payablePaise ?? 0)}</strong>
        <span className="pay-go">{t('payGo')} ›</span>
      </button>
      {quoteError && (
        <p className="error" role="alert">
          {quoteError}
        </p>
      )}
      <form
        className="tenders"
        onFocus={() => onPayingChange?.(true)}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget)) onPayingChange?.(false);
        }}
        onSubmit={(e) => {
          e.preventDefault();
          onComplete();
        }}
      >
        {FIELDS.map((f, i) => (
          <label key={f.key} className="tender">
            <span>{t(f.label)}</span>
            <input
              ref={i === 0 ? firstFieldRef : undefined}
              name={f.key}
              inputMode="decimal"
              autoComplete="off"
              placeholder="₹0"
              value={inputs[f.key]}
              onChange={(e) => onInput(f.key, e.target.value)}
              disabled={f.key === 'credit' && !customer}
              title={f.key === 'credit' && !customer ? 'Choose a customer (F5) for khata' : undefined}
            />
          </label>
        ))}
        {plan && plan.changePaise > 0 && (
          <div className="change" data-testid="change">
            <span>{t('change')}</span>
            <strong>{formatInr(plan.changePaise)}</strong>
          </div>
        )}
        {plan?.error && <p className="error">{plan.error}</p>}
        <button type="submit" className="primary complete" disabled={busy || itemCount === 0 || !quote || Boolean(quoteError) || Boolean(plan?.error)}>
          <kbd>F10</kbd> {t('complete')}
        </button>
      </form>
    </aside>
  );
}
