import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../../../core/contract';
import { formatInr, parseRupees } from '../../../../core/format';
import { authQueries, clientFor, useLoginMutation } from '../../api/auth';
import { useAddProductMutation } from '../../api/catalog';
import { customerQueries, useAddCustomerMutation } from '../../api/customers';
import { deviceId } from '../../api/session';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { useErrorText } from '../../ui/errors';
import type { Customer, Product } from './cart-state';
import { checkNewCustomer } from './line-checks';

/** The counter's dialogs show a refusal inside the dialog, where the cashier is looking. */
const SHOWN_IN_DIALOG = { meta: { showError: false } };

/** F5: find a customer by name or phone, or add one. */
export function CustomerDialog({ onPick, onClose }: { onPick: (c: Customer | null) => void; onClose: () => void }) {
  const { t } = useT();
  const errorText = useErrorText();
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const [adding, setAdding] = useState(false);
  const found = useQuery(customerQueries.search(q));
  const add = useAddCustomerMutation(SHOWN_IN_DIALOG);
  const [formError, setFormError] = useState<string | null>(null);
  const list = found.data ?? [];
  // Enter acts on the answer for what is typed now: a phone typed fast and Enter before the search
  // answers must pick that customer, not open New customer (or pick from an older search's list).
  const [enterWaiting, setEnterWaiting] = useState(false);
  const answered = q.trim() === '' || found.isError || (found.isSuccess && !found.isPlaceholderData);
  useEffect(() => {
    if (!enterWaiting || !answered) return;
    setEnterWaiting(false);
    const c = (found.data ?? [])[active];
    if (c) onPick(c);
    else if (q.trim()) setAdding(true);
  }, [enterWaiting, answered, found.data, active, onPick, q]);
  if (adding) {
    return (
      // Its own key: a new dialog, so its first field takes the focus.
      <Dialog key="new-customer" title={t('newCustomer')} onClose={onClose}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const refusal = checkNewCustomer(String(f.get('name') ?? ''), String(f.get('phone') ?? ''));
            setFormError(refusal && t(refusal));
            if (refusal) return;
            add.mutate({ name: String(f.get('name') ?? '').trim(), phone: String(f.get('phone') ?? '').trim() }, { onSuccess: onPick });
          }}
        >
          <label className="field">
            <span>{t('name')}</span>
            <input name="name" defaultValue={/^\d+$/.test(q) ? '' : q} autoComplete="off" />
          </label>
          <label className="field">
            <span>{t('phone')}</span>
            <input name="phone" defaultValue={/^\d+$/.test(q) ? q : ''} inputMode="numeric" autoComplete="off" />
          </label>
          {(formError ?? add.isError) && <p className="error">{formError ?? errorText(add.error)}</p>}
          <div className="actions">
            <button className="primary" type="submit">
              {t('save')} ↵
            </button>
          </div>
        </form>
      </Dialog>
    );
  }
  return (
    <Dialog title={t('customer')} onClose={onClose}>
      <input
        className="big-input"
        value={q}
        placeholder={`${t('name')} / ${t('phone')}`}
        onChange={(e) => (setQ(e.target.value), setActive(0), setEnterWaiting(false))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(0, Math.min(i + (e.key === 'ArrowDown' ? 1 : -1), list.length - 1)));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            setEnterWaiting(true);
          }
        }}
      />
      <ul className="pick-list">
        {list.map((c, i) => (
          <li key={c.id} className={i === active ? 'active' : ''} onClick={() => onPick(c)}>
            <strong>{c.name}</strong> <span>{c.phone}</span> {c.gstin && <small>GSTIN {c.gstin}</small>}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button onClick={() => onPick(null)}>{t('walkIn')}</button>
        <button onClick={() => setAdding(true)}>+ {t('newCustomer')}</button>
      </div>
    </Dialog>
  );
}

/** An unknown barcode is a question, not a dead end: add the product now, or go on billing. */
export function AddProductDialog({
  barcode,
  canAdd,
  onAdded,
  onClose,
}: {
  barcode: string | null;
  canAdd: boolean;
  onAdded: (p: Product) => void;
  onClose: () => void;
}) {
  const { t } = useT();
  const errorText = useErrorText();
  const [supervisor, setSupervisor] = useState<ApiClient | null>(null);
  const add = useAddProductMutation({ ...SHOWN_IN_DIALOG, client: supervisor ?? undefined });
  const [formError, setFormError] = useState<string | null>(null);
  const allowed = canAdd || supervisor !== null;
  return (
    <Dialog title={barcode ? t('unknownBarcode') : t('addProduct')} onClose={onClose} wide>
      {barcode && (
        <>
          <p className="barcode-shown">
            {t('barcode')}: <strong data-testid="unknown-barcode">{barcode}</strong>
          </p>
          <p>{t('unknownBarcodeHelp')}</p>
        </>
      )}
      {allowed ? (
        <form
          className="grid-form"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const price = parseRupees(String(f.get('price') ?? ''));
            const mrpText = String(f.get('mrp') ?? '').trim();
            const mrp = mrpText ? parseRupees(mrpText) : null;
            const gst = Number(f.get('gst') ?? 0);
            if (price === undefined || mrp === undefined) return setFormError(t('pricesAsAmounts'));
            setFormError(null);
            add.mutate(
              {
                name: String(f.get('name') ?? ''),
                nameHi: String(f.get('nameHi') ?? '') || null,
                barcodes: [String(f.get('barcode') ?? '').trim()].filter(Boolean),
                hsn: String(f.get('hsn') ?? ''),
                gstRateBp: Math.round(gst * 100),
                mrpPaise: mrp,
                pricePaise: price,
              },
              { onSuccess: onAdded },
            );
          }}
        >
          <label className="field">
            <span>{t('name')}</span>
            <input name="name" autoComplete="off" required />
          </label>
          <label className="field">
            <span>{t('hindiName')}</span>
            <input name="nameHi" autoComplete="off" />
          </label>
          <label className="field">
            <span>{t('barcode')}</span>
            <input name="barcode" defaultValue={barcode ?? ''} autoComplete="off" />
          </label>
          <label className="field">
            <span>{t('price')}</span>
            <input name="price" inputMode="decimal" required />
          </label>
          <label className="field">
            <span>{t('mrp')}</span>
            <input name="mrp" inputMode="decimal" />
          </label>
          <label className="field">
            <span>{t('hsn')}</span>
            <input name="hsn" inputMode="numeric" required pattern="\d{4}|\d{6}|\d{8}" />
          </label>
          <label className="field">
            <span>{t('gstRate')}</span>
            <select name="gst" defaultValue="5">
              {[0, 5, 18, 40].map((r) => (
                <option key={r} value={r}>
                  {r}%
                </option>
              ))}
            </select>
          </label>
          {(formError || add.isError) && <p className="error span2">{formError ?? errorText(add.error)}</p>}
          <div className="actions span2">
            <button type="button" onClick={onClose}>
              {t('close')} (Esc)
            </button>
            <button className="primary" type="submit">
              {t('addProduct')} ↵
            </button>
          </div>
        </form>
      ) : (
        <SupervisorPin onApproved={setSupervisor} />
      )}
    </Dialog>
  );
}

/** A manager or the owner approves one action from a staff session with their own PIN. */
export function SupervisorPin({ onApproved }: { onApproved: (client: ApiClient) => void }) {
  const { t } = useT();
  const errorText = useErrorText();
  const users = useQuery(authQueries.users());
  const approvers = (users.data ?? []).filter((u) => u.role !== 'staff');
  const login = useLoginMutation(SHOWN_IN_DIALOG);
  return (
    <form
      className="grid-form"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const userId = String(f.get('userId') ?? '');
        const pin = String(f.get('pin') ?? '');
        login.mutate({ userId, pin, deviceId: deviceId(), deviceName: 'Counter' }, { onSuccess: (r) => onApproved(clientFor(r.token)) });
      }}
    >
      <p className="warn span2">{t('managerOnly')}</p>
      <label className="field">
        <span>{t('approver')}</span>
        <select name="userId">
          {approvers.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('enterPin')}</span>
        <input name="pin" type="password" inputMode="numeric" autoComplete="off" aria-label={t('enterPin')} />
      </label>
      {login.isError && <p className="error span2">{errorText(login.error)}</p>}
      <div className="actions span2">
        <button className="primary" type="submit">
          {t('approve')} ↵
        </button>
      </div>
    </form>
  );
}

/** F1: every key the counter knows. */
export function HelpDialog({ keys, onClose }: { keys: Array<{ key: string; label: string }>; onClose: () => void }) {
  const { t } = useT();
  return (
    <Dialog title={t('keys')} onClose={onClose}>
      <table className="help-keys">
        <tbody>
          {keys.map((k) => (
            <tr key={k.key}>
              <td>
                <kbd>{k.key}</kbd>
              </td>
              <td>{k.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{formatInr(10000000)} · DD-MM-YYYY · FY April–March</p>
    </Dialog>
  );
}
