import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import type { AccountGroup } from '../../../../core/contract';
import { formatInr, parseRupees } from '../../../../core/format';
import { khataQueries } from '../../api/khata';
import { supplierQueries } from '../../api/suppliers';
import { useT } from '../../i18n/i18n';
import { useErrorText } from '../../ui/errors';
import { useKeys } from '../../ui/keys';
import { useToast } from '../../ui/Toasts';
import { FormActions } from '../../ui/fields';

export const MONEY_GROUPS: AccountGroup[] = ['cash', 'bank', 'clearing'];

/** A voucher's save shows its refusal under the form, not in a toast. */
export const SHOWN_IN_FORM = { meta: { showError: false } };

/** A supplier picked by name from the suppliers master (what the shop owes each shown beside it). */
export function SupplierSelect({ label, value, onChange }: { label: string; value: string; onChange: (id: string) => void }) {
  const suppliers = useQuery(supplierQueries.list());
  const dues = useQuery(khataQueries.suppliers());
  const owed = new Map((dues.data ?? []).map((d) => [d.supplierId, d.balancePaise]));
  return (
    <label className="field">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {(suppliers.data ?? [])
          .filter((s) => s.active || s.id === value)
          .map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {owed.get(s.id) ? ` (${formatInr(owed.get(s.id) ?? 0)})` : ''}
            </option>
          ))}
      </select>
    </label>
  );
}

/** Rupees as a person types them; the paise it means, or undefined. */
export function useRupees(initial = '') {
  const [text, setText] = useState(initial);
  const paise = parseRupees(text);
  return { text, setText, paise: paise !== undefined && paise > 0 ? paise : undefined };
}

export function RupeeField({ label, value, onChange, name }: { label: string; value: string; onChange: (v: string) => void; name?: string }) {
  const paise = parseRupees(value);
  return (
    <label className="field">
      <span>{label}</span>
      <input
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        inputMode="decimal"
        autoComplete="off"
        className="amount-input"
        aria-invalid={value !== '' && paise === undefined}
      />
      {paise !== undefined && paise > 0 && <small className="hint">{formatInr(paise)}</small>}
    </label>
  );
}

export function TextInput({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" />
    </label>
  );
}

/**
 * A voucher form: F10 (or Ctrl+Enter) saves, the result is announced with the voucher's number,
 * and a fresh idempotency key is made for the next voucher only after this one is saved. A refusal
 * is shown under the form (the `save` mutation opts out of the toast).
 */
export function VoucherForm({
  title,
  children,
  canSave,
  save,
  onSaved,
}: {
  title: string;
  children: ReactNode;
  canSave: boolean;
  save: (clientRef: string) => Promise<{ number: string; amountPaise: number }>;
  onSaved: () => void;
}) {
  const { t } = useT();
  const toast = useToast();
  const errorText = useErrorText();
  const client = useQueryClient();
  const clientRef = useRef(`vch-${crypto.randomUUID()}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    if (!canSave || busy) return;
    setBusy(true);
    setError(null);
    save(clientRef.current)
      .then((v) => {
        toast('ok', `${t('voucherSaved')} ${v.number}: ${formatInr(v.amountPaise)}`);
        clientRef.current = `vch-${crypto.randomUUID()}`;
        void client.invalidateQueries();
        onSaved();
      })
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };
  useKeys({ F10: submit, 'Ctrl+Enter': submit });
  return (
    <form
      className="panel voucher-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2>{title}</h2>
      <div className="grid-form">{children}</div>
      {error && <p className="error">{error}</p>}
      <FormActions
        submitLabel={
          <>
            <kbd>F10</kbd> {t('save')}
          </>
        }
        pending={!canSave || busy}
      />
    </form>
  );
}
