import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, formatInr } from '../../../../core/format';
import { stateNameIn, statesIn } from '../../../../core/i18n';
import { saveFile } from '../../api/files';
import { purchasingQueries, useOrderPdfMutation, useShareOrderMutation } from '../../api/purchasing';
import { supplierQueries, useAddSupplierMutation } from '../../api/suppliers';
import { navigate, usePath } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { BackOffice, Tabs, tabKeys, useFKeys, type KeyedTab } from '../../ui/ScreenHead';
import { useToast } from '../../ui/Toasts';
import { PurchaseBillForm } from './PurchaseBillForm';
import { PurchaseReturn } from './PurchaseReturn';
import { DataTable } from '../../ui/DataTable';

type Tab = 'bills' | 'orders' | 'suppliers';

/** Purchases: bills and debit notes, purchase orders (PDF, WhatsApp, receive), suppliers. F8 receives goods. */
export function PurchasingScreen() {
  const { t } = useT();
  const path = usePath();
  const [tab, setTab] = useState<Tab>(path.includes('tab=orders') ? 'orders' : 'bills');
  const tabs: KeyedTab<Tab>[] = [
    { value: 'bills', key: 'F3', label: t('purchaseBills') },
    { value: 'orders', key: 'F4', label: t('orders') },
    { value: 'suppliers', key: 'F5', label: t('suppliers') },
  ];
  const keys = [...tabKeys(tabs, setTab), { key: 'F8', label: t('newPurchase'), onPress: () => navigate('/purchasing/bill'), onScreen: true }];
  const form = path.startsWith('/purchasing/bill');
  useFKeys(keys, form);
  if (form) return <PurchaseBillForm poId={/[?&]po=([^&]+)/.exec(path)?.[1] ?? null} />;
  return (
    <BackOffice
      title={t('navPurchasing')}
      keys={keys}
      actions={
        <button className="primary" onClick={() => navigate('/purchasing/bill')}>
          <kbd>F8</kbd> {t('newPurchase')}
        </button>
      }
    >
      <Tabs value={tab} onChange={setTab} options={tabs} />
      {tab === 'bills' && <Bills />}
      {tab === 'orders' && <Orders />}
      {tab === 'suppliers' && <Suppliers />}
    </BackOffice>
  );
}

function Bills() {
  const { t } = useT();
  const bills = useQuery(purchasingQueries.bills());
  const [returning, setReturning] = useState<string | null>(null);
  return (
    <>
      {returning && <PurchaseReturn billId={returning} onClose={() => setReturning(null)} />}
      <DataTable
        kind="grid"
        testId="purchase-bills"
        scroll={null}
        head={
          <>
            <th>{t('date')}</th>
            <th>{t('number')}</th>
            <th>{t('supplier')}</th>
            <th>{t('kind')}</th>
            <th className="num">{t('items')}</th>
            <th className="num">{t('total')}</th>
            <th />
          </>
        }
      >
        {(bills.data ?? []).map((b) => (
          <tr key={b.id}>
            <td>{formatDate(b.date)}</td>
            <td>{b.number}</td>
            <td>{b.supplierName}</td>
            <td>{b.kind === 'bill' ? '↓' : `↑ ${t('returnGoods')}`}</td>
            <td className="num">{b.lines}</td>
            <td className="num">{formatInr(b.totalPaise)}</td>
            <td>
              {b.kind === 'bill' && (
                <button className="small" onClick={() => setReturning(b.id)}>
                  ↑ {t('returnGoods')}
                </button>
              )}
            </td>
          </tr>
        ))}
        {bills.data?.length === 0 && (
          <tr>
            <td colSpan={7} className="hint" data-testid="purchase-bills-empty">
              {t('noPurchaseBills')}
            </td>
          </tr>
        )}
      </DataTable>
    </>
  );
}

function Orders() {
  const { t } = useT();
  const orders = useQuery(purchasingQueries.orders());
  const pdf = useOrderPdfMutation();
  const share = useShareOrderMutation();
  return (
    <DataTable
      kind="grid"
      testId="purchase-orders"
      scroll={null}
      head={
        <>
          <th>{t('date')}</th>
          <th>{t('number')}</th>
          <th>{t('supplier')}</th>
          <th>{t('status')}</th>
          <th className="num">{t('items')}</th>
          <th className="num">{t('value')}</th>
          <th />
        </>
      }
    >
      {(orders.data ?? []).map((o) => (
        <tr key={o.id}>
          <td>{formatDate(o.date)}</td>
          <td>{o.number}</td>
          <td>{o.supplier.name}</td>
          <td>{t(`poStatus_${o.status}`)}</td>
          <td className="num">{o.lines}</td>
          <td className="num">{formatInr(o.valuePaise)}</td>
          <td>
            <button className="small" onClick={() => pdf.mutate({ id: o.id }, { onSuccess: saveFile })}>
              {t('pdf')}
            </button>{' '}
            <button className="small" onClick={() => share.mutate({ id: o.id }, { onSuccess: (s) => window.open(s.whatsappUrl, '_blank') })}>
              {t('shareWhatsapp')}
            </button>{' '}
            {(o.status === 'open' || o.status === 'partial') && (
              <button className="small primary" onClick={() => navigate(`/purchasing/bill?po=${o.id}`)}>
                {t('receive')}
              </button>
            )}
          </td>
        </tr>
      ))}
      {orders.data?.length === 0 && (
        <tr>
          <td colSpan={7} className="hint">
            {t('noPurchaseOrders')}
          </td>
        </tr>
      )}
    </DataTable>
  );
}

function Suppliers() {
  const { t, lang } = useT();
  const toast = useToast();
  const list = useQuery(supplierQueries.list());
  const add = useAddSupplierMutation();
  return (
    <>
      <DataTable
        kind="grid"
        scroll={null}
        head={
          <>
            <th>{t('name')}</th>
            <th>{t('gstin')}</th>
            <th>{t('state')}</th>
            <th className="num">{t('paymentTerms')}</th>
            <th>{t('phone')}</th>
          </>
        }
      >
        {(list.data ?? []).map((s) => (
          <tr key={s.id}>
            <td>{s.name}</td>
            <td>{s.gstin ?? ''}</td>
            <td>{`${stateNameIn(s.stateCode, lang)} (${s.stateCode})`}</td>
            <td className="num">{s.paymentTermsDays}</td>
            <td>{s.phone}</td>
          </tr>
        ))}
      </DataTable>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const get = (k: string) => String(f.get(k) ?? '').trim();
          const form = e.currentTarget;
          add.mutate(
            {
              name: get('name'),
              gstin: get('gstin') || null,
              stateCode: get('state') || undefined,
              paymentTermsDays: Number(get('terms') || 0),
              phone: get('phone'),
            },
            { onSuccess: () => (toast('ok', t('saved')), form.reset()) },
          );
        }}
      >
        <strong>{t('newSupplier')}</strong>
        <label className="field">
          <span>{t('name')}</span>
          <input name="name" required />
        </label>
        <label className="field">
          <span>{t('gstin')}</span>
          <input name="gstin" size={16} />
        </label>
        <label className="field">
          <span>{t('state')}</span>
          {/* named in the reader's language; a registered supplier's state comes from its GSTIN */}
          <select name="state" defaultValue="">
            <option value="">{t('stateFromGstin')}</option>
            {statesIn(lang).map((st) => (
              <option key={st.code} value={st.code}>{`${st.code} · ${st.name}`}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('paymentTerms')}</span>
          <input name="terms" size={4} inputMode="numeric" />
        </label>
        <label className="field">
          <span>{t('phone')}</span>
          <input name="phone" size={11} inputMode="numeric" />
        </label>
        <button type="submit" className="primary">
          {t('save')}
        </button>
      </form>
    </>
  );
}
