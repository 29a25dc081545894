import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { formatDate, formatInr, parseDate, parseQty, parseRupees } from '../../../../core/format';
import { useFetchProduct } from '../../api/catalog';
import { purchasingQueries, usePostPurchaseMutation, useReceiveOrderMutation } from '../../api/purchasing';
import { supplierQueries } from '../../api/suppliers';
import { navigate } from '../../app/router';
import { useBackHint, useUnsavedWork } from '../../app/sub-screens';
import { useT, type StringKey } from '../../i18n/i18n';
import { EntryLineRow, LineInput, useEntryLines } from '../../ui/EntryLines';
import { pickedItem, ProductPicker } from '../../ui/ProductPicker';
import { BackOffice, useFKeys } from '../../ui/ScreenHead';
import { useToast } from '../../ui/Toasts';
import { DataTable } from '../../ui/DataTable';
import { useShopToday } from '../../ui/shop-today';

interface Line {
  productId: string;
  name: string;
  nameHi: string | null;
  unit: string;
  qty: string;
  free: string;
  cost: string;
  batchNo: string;
  mfgDate: string;
  expiryDate: string;
  mrp: string;
}

type TypedField = 'qty' | 'free' | 'cost' | 'batchNo' | 'mfgDate' | 'expiryDate' | 'mrp';

/** Each box's name for a reader (and a test): "Quantity, line 1" / "मात्रा, पंक्ति 1". */
const FIELD_WORDS = {
  qty: 'lineQty',
  free: 'lineFree',
  cost: 'lineCost',
  batchNo: 'lineBatch',
  mfgDate: 'mfgDate',
  expiryDate: 'lineExpiry',
  mrp: 'mrp',
} as const satisfies Record<TypedField, StringKey>;

const rupees = (p: number | null) => (p === null ? '' : String(p / 100));

/**
 * Goods receipt with the supplier's bill: pick the supplier, type the bill number and date, add
 * products (scan or search) with quantity, free goods, cost before tax, batch, dates and MRP.
 * F10 saves it all at once; the host works out the tax and the totals. A PO fills the lines.
 */
export function PurchaseBillForm({ poId }: { poId: string | null }) {
  const { t } = useT();
  const toast = useToast();
  const suppliers = useQuery(supplierQueries.list());
  const [supplierId, setSupplierId] = useState('');
  const [invoiceNo, setInvoiceNo] = useState('');
  // Dates are typed DD-MM-YYYY (the browser's date picker follows the OS locale, often MM/DD).
  const today = useShopToday();
  const [date, setDate] = useState(() => formatDate(today));
  const { lines, setLines, set, add, remove } = useEntryLines<Line>();
  const [supplierTotal, setSupplierTotal] = useState('');
  const post = usePostPurchaseMutation();
  const receive = useReceiveOrderMutation();
  const fetchProduct = useFetchProduct();
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!poId) return;
    receive.mutate(
      { id: poId },
      {
        onSuccess: async (draft) => {
          setSupplierId(draft.supplierId);
          const named = await Promise.all(draft.lines.map((l) => fetchProduct(l.productId)));
          setLines(
            draft.lines.map((l, i) => ({
              productId: l.productId,
              name: named[i]?.name ?? '',
              nameHi: named[i]?.nameHi ?? null,
              unit: named[i]?.unit ?? 'pcs',
              qty: String(l.qtyMilli / 1000),
              free: '',
              cost: rupees(l.unitCostPaise),
              batchNo: '',
              mfgDate: '',
              expiryDate: '',
              mrp: rupees(l.mrpPaise),
            })),
          );
        },
      },
    );
    // Once per order: the draft is the starting point, then it is the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [poId]);

  const day = (text: string) => (text.trim() ? parseDate(text) : null);
  const parsed = lines.map((l) => ({
    productId: l.productId,
    qtyMilli: parseQty(l.qty, l.unit === 'kg' || l.unit === 'l' ? 'kg' : 'pcs') ?? 0,
    freeMilli: l.free ? (parseQty(l.free, l.unit === 'kg' || l.unit === 'l' ? 'kg' : 'pcs') ?? 0) : 0,
    unitCostPaise: parseRupees(l.cost) ?? -1,
    batchNo: l.batchNo,
    mfgDate: day(l.mfgDate),
    expiryDate: day(l.expiryDate),
    mrpPaise: l.mrp ? (parseRupees(l.mrp) ?? null) : null,
  }));
  const priceable = supplierId !== '' && parsed.length > 0 && parsed.every((l) => l.qtyMilli > 0 && l.unitCostPaise >= 0);
  const priced = useQuery(
    purchasingQueries.price(
      {
        supplierId,
        supplierDate: parseDate(date) ?? today,
        lines: parsed.map(({ batchNo: _b, mfgDate: _m, expiryDate: _e, ...l }) => l),
      },
      priceable,
    ),
  );
  const totals = priceable ? priced.data : undefined;
  const theirs = supplierTotal.trim() === '' ? null : (parseRupees(supplierTotal) ?? null);
  const differs = totals !== undefined && theirs !== null && Math.abs(theirs - totals.totalPaise) > 100;
  const save = () => {
    if (!supplierId || !invoiceNo || lines.length === 0) return toast('error', `${t('supplier')}, ${t('supplierInvoice')}, ${t('addProductLine')}`);
    const badDate = [
      { text: date, label: t('billDate') },
      ...lines.flatMap((l, i) => [
        { text: l.mfgDate, label: t('lineField', { field: t('mfgDate'), line: i + 1 }) },
        { text: l.expiryDate, label: t('lineField', { field: t('lineExpiry'), line: i + 1 }) },
      ]),
    ].find((d) => d.text.trim() !== '' && parseDate(d.text) === null);
    if (badDate || !parseDate(date)) return toast('error', `${badDate?.label ?? t('billDate')}: DD-MM-YYYY`);
    if (supplierTotal.trim() !== '' && theirs === null) return toast('error', `${t('supplierTotal')}: ₹`);
    if (differs && totals) return toast('error', t('totalsDiffer', { supplier: formatInr(theirs ?? 0), ours: formatInr(totals.totalPaise) }));
    post.mutate(
      {
        supplierId,
        supplierInvoiceNo: invoiceNo,
        supplierDate: parseDate(date) ?? '',
        ...(poId ? { poId } : {}),
        lines: parsed,
        ...(theirs === null ? {} : { supplierTotalPaise: theirs }),
      },
      { onSuccess: (bill) => (toast('ok', `${t('purchaseSaved')}: ${bill.number} — ${formatInr(bill.totals.totalPaise)}`), navigate('/purchasing')) },
    );
  };
  useUnsavedWork(lines.length > 0 && !post.isSuccess);
  const keys = [
    { key: 'F2', label: t('addProductLine'), onPress: () => search.current?.focus() },
    { key: 'F10', label: t('postBill'), onPress: save, onScreen: true },
    useBackHint(),
  ];
  useFKeys(keys, false);

  const cell = (i: number, key: TypedField, props: Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> = {}) => (
    <LineInput label={t(FIELD_WORDS[key])} index={i} value={lines[i]?.[key] ?? ''} onChange={(v) => set(i, key, v)} {...props} />
  );
  return (
    <BackOffice
      title={t('newPurchase')}
      keys={keys}
      actions={
        <button className="primary" onClick={save} disabled={post.isPending}>
          <kbd>F10</kbd> {t('postBill')}
        </button>
      }
    >
      <div className="filters">
        <label className="field">
          <span>{t('supplier')}</span>
          <select aria-label={t('supplier')} value={supplierId} onChange={(e) => setSupplierId(e.target.value)}>
            <option value="">—</option>
            {(suppliers.data ?? [])
              .filter((s) => s.active)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        </label>
        <label className="field">
          <span>{t('supplierInvoice')}</span>
          <input value={invoiceNo} onChange={(e) => setInvoiceNo(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('billDate')}</span>
          <input value={date} placeholder="DD-MM-YYYY" inputMode="numeric" size={10} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      <ProductPicker
        inputRef={search}
        onPick={(p) =>
          add({
            ...pickedItem(p),
            nameHi: p.nameHi,
            qty: '1',
            free: '',
            cost: '',
            batchNo: '',
            mfgDate: '',
            expiryDate: '',
            mrp: rupees(p.mrpPaise),
          })
        }
      />
      <DataTable
        kind="grid"
        className="lines-form"
        testId="purchase-lines"
        scroll={null}
        empty={t('purchaseLinesEmpty')}
        head={
          <>
            <th>{t('item')}</th>
            <th>{t('qty')}</th>
            <th>{t('free')}</th>
            <th>{t('cost')}</th>
            <th>{t('batch')}</th>
            <th>{t('mfgDate')}</th>
            <th>{t('expiry')}</th>
            <th>{t('mrpShort')}</th>
            <th />
          </>
        }
      >
        {lines.map((l, i) => (
          <EntryLineRow
            key={`${l.productId}-${i}`}
            index={i}
            name={l.name}
            nameHi={l.nameHi}
            unit={l.unit}
            removeLabel={t('remove')}
            onRemove={() => remove(i)}
          >
            <td>{cell(i, 'qty', { inputMode: 'decimal', size: 5 })}</td>
            <td>{cell(i, 'free', { inputMode: 'decimal', size: 4 })}</td>
            <td>{cell(i, 'cost', { inputMode: 'decimal', size: 6 })}</td>
            <td>{cell(i, 'batchNo', { size: 8 })}</td>
            <td>{cell(i, 'mfgDate', { placeholder: 'DD-MM-YYYY', inputMode: 'numeric', size: 10, className: 'date-cell' })}</td>
            <td>{cell(i, 'expiryDate', { placeholder: 'DD-MM-YYYY', inputMode: 'numeric', size: 10, className: 'date-cell' })}</td>
            <td>{cell(i, 'mrp', { inputMode: 'decimal', size: 6 })}</td>
          </EntryLineRow>
        ))}
      </DataTable>
      <div className="stat-row" data-testid="purchase-totals">
        <div className="stat">
          <span>{t('taxable')}</span>
          <strong>{totals ? formatInr(totals.taxablePaise) : '—'}</strong>
        </div>
        <div className="stat">
          <span>{t('billTax')}</span>
          <strong data-testid="purchase-tax">{totals ? formatInr(totals.cgstPaise + totals.sgstPaise + totals.igstPaise + totals.cessPaise) : '—'}</strong>
        </div>
        <div className="stat">
          <span>{t('billTotal')}</span>
          <strong data-testid="purchase-total">{totals ? formatInr(totals.totalPaise) : '—'}</strong>
        </div>
        <label className="field">
          <span>{t('supplierTotal')}</span>
          <input
            data-testid="supplier-total"
            inputMode="decimal"
            size={10}
            value={supplierTotal}
            aria-invalid={differs}
            onChange={(e) => setSupplierTotal(e.target.value)}
          />
        </label>
      </div>
      {theirs !== null && totals && (
        <p className={differs ? 'error' : 'good'} role="status" data-testid="supplier-total-check">
          {differs ? t('totalsDiffer', { supplier: formatInr(theirs), ours: formatInr(totals.totalPaise) }) : `✓ ${t('totalsMatch')}`}
        </p>
      )}
    </BackOffice>
  );
}
