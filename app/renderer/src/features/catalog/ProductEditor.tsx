import { useState } from 'react';
import { HsnField } from './HsnField';
import { UqcField } from './UqcField';
import type { z } from 'zod';
import { UQC_CODES, slabsOn, type ParamsIn, type ProductView } from '../../../../core/contract';
import { parseRupees } from '../../../../core/format';
import { useAddProductMutation, useUpdateProductMutation } from '../../api/catalog';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { todayIso } from '../../ui/period';
import { useErrorText } from '../../ui/errors';
import { useToast } from '../../ui/Toasts';
import { FormActions } from '../../ui/fields';

type Product = z.output<typeof ProductView>;
const UNITS = ['pcs', 'kg', 'l', 'g', 'ml', 'pack', 'box', 'dozen'] as const;
/**
 * The rates a product may take today, in percent (12% and 28% went with GST 2.0); a product that
 * still has an older rate keeps it on offer until it is changed.
 */
function rateChoices(current: number | undefined): number[] {
  const bp = [...slabsOn(todayIso())];
  if (current !== undefined && !bp.includes(current)) bp.push(current);
  return bp.map((r) => r / 100);
}

const rupees = (paise: number | null | undefined) => (paise === null || paise === undefined ? '' : String(paise / 100));
const units = (milli: number) => String(milli / 1000);

/** A product's every field in one form; Enter saves. Barcodes and the pack unit are checked by the host. */
export function ProductEditor({ product, onClose }: { product: Product | null; onClose: () => void }) {
  const { t } = useT();
  const toast = useToast();
  const errorText = useErrorText();
  // A refusal (a barcode already used, a price above MRP) is shown in the form, beside the fields.
  const add = useAddProductMutation({ meta: { showError: false } });
  const update = useUpdateProductMutation({ meta: { showError: false } });
  const [error, setError] = useState<string | null>(null);
  const pack = product?.units[0];
  const [unit, setUnit] = useState<string>(product?.unit ?? 'pcs');

  const submit = (f: FormData) => {
    const text = (k: string) => String(f.get(k) ?? '').trim();
    const money = (k: string) => (text(k) === '' ? null : (parseRupees(text(k)) ?? Number.NaN));
    const price = money('price');
    const mrp = money('mrp');
    const cost = money('cost') ?? 0;
    if (price === null || [price, mrp ?? 0, cost].some(Number.isNaN)) return setError(t('price'));
    const packQty = Number(text('packQty'));
    const fields = {
      name: text('name'),
      nameHi: text('nameHi') || null,
      altNames: text('altNames')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      barcodes: text('barcodes').split(/\s+/).filter(Boolean),
      hsn: text('hsn'),
      uqc: UQC_CODES.find((c) => c === text('uqc')) ?? null,
      gstRateBp: Math.round(Number(text('gst')) * 100),
      mrpPaise: mrp,
      pricePaise: price,
      costPaise: cost,
      unit: text('unit') as (typeof UNITS)[number],
      loose: f.get('loose') === 'on',
      category: text('category'),
      subCategory: text('subCategory'),
      brand: text('brand'),
      packSize: text('packSize'),
      reorderLevelMilli: Math.round(Number(text('reorderLevel') || 0) * 1000),
      reorderQtyMilli: Math.round(Number(text('reorderQty') || 0) * 1000),
      plu: text('plu') || null,
      units: packQty > 0 ? [{ name: text('packName') || 'box', qtyMilli: Math.round(packQty * 1000), barcode: text('packBarcode') || null }] : [],
    } satisfies ParamsIn<'catalog.addProduct'>;
    const done = {
      onSuccess: (p: Product) => {
        toast('ok', `${t('saved')}: ${p.name}`);
        onClose();
      },
      onError: (e: unknown) => setError(errorText(e)),
    };
    if (product) update.mutate({ id: product.id, ...fields, active: f.get('active') === 'on' }, done);
    else add.mutate(fields, done);
  };

  return (
    <Dialog title={product ? t('editProduct') : t('newProduct')} onClose={onClose} wide>
      <form
        className="grid-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit(new FormData(e.currentTarget));
        }}
      >
        <label className="field span2">
          <span>{t('name')}</span>
          <input name="name" defaultValue={product?.name ?? ''} required autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('hindiName')}</span>
          <input name="nameHi" defaultValue={product?.nameHi ?? ''} autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('altNames')}</span>
          <input name="altNames" defaultValue={product?.altNames.join('; ') ?? ''} autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('brand')}</span>
          <input name="brand" defaultValue={product?.brand ?? ''} />
        </label>
        <label className="field">
          <span>{t('packSize')}</span>
          <input name="packSize" defaultValue={product?.packSize ?? ''} placeholder="500 g" />
        </label>
        <label className="field">
          <span>{t('category')}</span>
          <input name="category" defaultValue={product?.category ?? ''} />
        </label>
        <label className="field">
          <span>{t('subCategory')}</span>
          <input name="subCategory" defaultValue={product?.subCategory ?? ''} />
        </label>
        <label className="field span2">
          <span>{t('barcodes')}</span>
          <input name="barcodes" defaultValue={product?.barcodes.join(' ') ?? ''} autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('mrp')}</span>
          <input name="mrp" defaultValue={rupees(product?.mrpPaise)} inputMode="decimal" />
        </label>
        <label className="field">
          <span>{t('price')}</span>
          <input name="price" defaultValue={rupees(product?.pricePaise)} inputMode="decimal" required />
        </label>
        <label className="field">
          <span>{t('cost')}</span>
          <input name="cost" defaultValue={rupees(product?.costPaise)} inputMode="decimal" />
        </label>
        <HsnField initial={product?.hsn ?? ''} />
        <label className="field">
          <span>{t('gstRate')}</span>
          <select name="gst" defaultValue={String((product?.gstRateBp ?? 500) / 100)}>
            {rateChoices(product?.gstRateBp).map((r) => (
              <option key={r} value={String(r)}>
                {r} %
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('unit')}</span>
          <select name="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
            {UNITS.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        </label>
        <UqcField initial={product?.uqc ?? null} unit={unit} />
        <label className="check">
          <input type="checkbox" name="loose" defaultChecked={product?.loose ?? false} />
          <span>{t('looseItem')}</span>
        </label>
        <label className="field">
          <span>{t('plu')}</span>
          <input name="plu" defaultValue={product?.plu ?? ''} inputMode="numeric" />
        </label>
        <label className="field">
          <span>{t('reorderLevel')}</span>
          <input name="reorderLevel" defaultValue={units(product?.reorderLevelMilli ?? 0)} inputMode="decimal" />
        </label>
        <label className="field">
          <span>{t('reorderQty')}</span>
          <input name="reorderQty" defaultValue={units(product?.reorderQtyMilli ?? 0)} inputMode="decimal" />
        </label>
        <label className="field">
          <span>{t('packUnit')}</span>
          <div className="stat-row">
            <input name="packName" defaultValue={pack?.name ?? 'box'} size={6} />
            <input name="packQty" defaultValue={pack ? units(pack.qtyMilli) : ''} inputMode="decimal" size={5} placeholder="12" />
          </div>
        </label>
        <label className="field">
          <span>{t('packBarcode')}</span>
          <input name="packBarcode" defaultValue={pack?.barcode ?? ''} autoComplete="off" />
        </label>
        {product && (
          <label className="check">
            <input type="checkbox" name="active" defaultChecked={product.active} />
            <span>{t('active')}</span>
          </label>
        )}
        {error && <p className="error span2">{error}</p>}
        <FormActions className="actions span2" submitLabel={`${t('save')} ↵`} pending={add.isPending || update.isPending} />
      </form>
    </Dialog>
  );
}
