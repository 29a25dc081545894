import { useState } from 'react';
import { formatInr } from '../../../../core/format';
import { useAssignBarcodesMutation, useFetchProduct, useLabelsPdfMutation, usePrintLabelsMutation } from '../../api/catalog';
import { saveFile } from '../../api/files';
import type { ScreenProps } from '../../app/screen';
import { useT } from '../../i18n/i18n';
import { ProductPicker } from '../../ui/ProductPicker';
import { BackOffice, fKeyHandler } from '../../ui/ScreenHead';
import { useToast } from '../../ui/Toasts';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { DataTable } from '../../ui/DataTable';

interface Item {
  productId: string;
  name: string;
  barcode: string | null;
  pricePaise: number;
  copies: number;
}

/**
 * Shelf labels and product stickers: add products (scan or search), set copies, then print on
 * the receipt printer (F9) or make an A4 sheet (F10). Goods without a barcode get an in-store one (F7).
 */
export function LabelsScreen({ session }: ScreenProps) {
  const { t } = useT();
  const toast = useToast();
  const [items, setItems] = useState<Item[]>([]);
  const [layout, setLayout] = useState<'shelf' | 'product'>('shelf');
  const assign = useAssignBarcodesMutation();
  const pdf = useLabelsPdfMutation();
  const thermal = usePrintLabelsMutation();
  const fetchProduct = useFetchProduct();
  const missing = items.filter((i) => !i.barcode);
  const payload = () => ({ items: items.map((i) => ({ productId: i.productId, copies: i.copies })), layout });
  const actions = {
    assign: () =>
      assign.mutate(
        { productIds: missing.map((i) => i.productId) },
        {
          onSuccess: (given) => setItems((list) => list.map((i) => ({ ...i, barcode: given.find((g) => g.productId === i.productId)?.barcode ?? i.barcode }))),
        },
      ),
    thermal: () => thermal.mutate(payload(), { onSuccess: (r) => toast(r.ok ? 'ok' : 'error', r.message) }),
    pdf: () => pdf.mutate(payload(), { onSuccess: saveFile }),
  };
  const ready = items.length > 0 && missing.length === 0;
  const keys = [
    { key: 'F7', label: t('giveBarcodes'), disabled: missing.length === 0 || session.user.role === 'staff', onPress: actions.assign, onScreen: true },
    { key: 'F9', label: t('printThermal'), disabled: !ready, onPress: actions.thermal, onScreen: true },
    { key: 'F10', label: t('a4Sheet'), disabled: !ready, onPress: actions.pdf, onScreen: true },
  ];
  useWindowKeydown(fKeyHandler(keys, false));
  return (
    <BackOffice
      title={t('navLabels')}
      keys={keys}
      actions={
        <>
          <select aria-label={t('labelLayout')} value={layout} onChange={(e) => setLayout(e.target.value as 'shelf' | 'product')}>
            <option value="shelf">{t('layoutShelf')}</option>
            <option value="product">{t('layoutProduct')}</option>
          </select>
          <button disabled={!ready || thermal.isPending} onClick={actions.thermal}>
            <kbd>F9</kbd> {t('printThermal')}
          </button>
          <button className="primary" disabled={!ready || pdf.isPending} onClick={actions.pdf}>
            <kbd>F10</kbd> {t('a4Sheet')}
          </button>
        </>
      }
    >
      <ProductPicker
        onPick={(p) =>
          void fetchProduct(p.id).then(
            (full) =>
              full &&
              setItems((list) =>
                list.some((i) => i.productId === p.id)
                  ? list
                  : [...list, { productId: p.id, name: full.name, barcode: full.barcodes[0] ?? null, pricePaise: full.pricePaise, copies: 1 }],
              ),
          )
        }
      />
      <DataTable
        kind="grid"
        testId="label-items"
        scroll={null}
        empty={t('labelsEmpty')}
        head={
          <>
            <th>{t('item')}</th>
            <th>{t('barcode')}</th>
            <th className="num">{t('rate')}</th>
            <th>{t('copies')}</th>
            <th />
          </>
        }
      >
        {items.map((i, n) => (
          <tr key={i.productId}>
            <td>{i.name}</td>
            <td className={i.barcode ? '' : 'bad'}>{i.barcode ?? t('noBarcode')}</td>
            <td className="num">{formatInr(i.pricePaise)}</td>
            <td>
              <input
                aria-label={`${t('copies')} ${n + 1}`}
                value={i.copies}
                inputMode="numeric"
                size={4}
                onChange={(e) =>
                  setItems((list) =>
                    list.map((x) => (x.productId === i.productId ? { ...x, copies: Math.max(1, Math.min(200, Number(e.target.value) || 1)) } : x)),
                  )
                }
              />
            </td>
            <td>
              <button
                className="ghost"
                aria-label={`${t('remove')}: ${i.name}`}
                onClick={() => setItems((list) => list.filter((x) => x.productId !== i.productId))}
              >
                ✕
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
      {missing.length > 0 && (
        <button onClick={actions.assign} disabled={session.user.role === 'staff'}>
          <kbd>F7</kbd> {t('giveBarcodes')} ({missing.length})
        </button>
      )}
    </BackOffice>
  );
}
