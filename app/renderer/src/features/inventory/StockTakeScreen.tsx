import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { CounterProduct } from '../../../../core/contract';
import { formatDate, formatQty, parseQty, type Unit } from '../../../../core/format';
import { inventoryQueries, useOpenStockTakeMutation, usePostStockTakeMutation, useRecordCountsMutation } from '../../api/inventory';
import type { ScreenProps } from '../../app/screen';
import { useT } from '../../i18n/i18n';
import { ProductPicker } from '../../ui/ProductPicker';
import { BackOffice, fKeyHandler } from '../../ui/ScreenHead';
import { useToast } from '../../ui/Toasts';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { DataTable } from '../../ui/DataTable';
import { useShopToday } from '../../ui/shop-today';

type Picked = z.output<typeof CounterProduct>;

/**
 * Counting stock, on the counter PC or a tablet: pick a sheet, scan (or search) a product, type
 * what is on the shelf, Enter. The manager posts the sheet; every difference becomes an adjustment.
 */
export function StockTakeScreen({ session }: ScreenProps) {
  const { t } = useT();
  const today = useShopToday();
  const toast = useToast();
  const manager = session.user.role !== 'staff';
  const takes = useQuery(inventoryQueries.stockTakes());
  const [takeId, setTakeId] = useState('');
  const sheet = useQuery(inventoryQueries.stockTake(takeId));
  const [product, setProduct] = useState<Picked | null>(null);
  const open = useOpenStockTakeMutation();
  const record = useRecordCountsMutation();
  const post = usePostStockTakeMutation();
  const countRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const openTakes = (takes.data ?? []).filter((x) => x.status === 'open');
  useEffect(() => {
    if (!takeId && openTakes[0]) setTakeId(openTakes[0].id);
  }, [takeId, openTakes]);
  useEffect(() => {
    if (product) countRef.current?.focus();
  }, [product]);

  const start = () => open.mutate({ name: `${t('navStockTake')} ${formatDate(today)}` }, { onSuccess: (x) => setTakeId(x.id) });
  const finish = () => post.mutate({ id: takeId }, { onSuccess: (r) => (toast('ok', `${t('postCount')}: ${r.adjustedLines}`), setTakeId('')) });
  const keys = [
    { key: 'F2', label: t('search'), onPress: () => searchRef.current?.focus() },
    { key: 'F7', label: t('openCount'), disabled: !manager, onPress: start, onScreen: true },
    { key: 'F10', label: t('postCount'), disabled: !manager || !takeId, onPress: finish, onScreen: true },
  ];
  useWindowKeydown(fKeyHandler(keys, false));

  return (
    <BackOffice
      title={t('navStockTake')}
      keys={keys}
      actions={
        <>
          <label className="bo-select">
            <span>{t('countSheet')}</span>
            <select value={takeId} onChange={(e) => setTakeId(e.target.value)} data-testid="count-sheet-select">
              <option value="">{openTakes.length > 0 ? t('chooseCountSheet') : t('noOpenCountSheet')}</option>
              {openTakes.map((x) => (
                <option key={x.id} value={x.id}>
                  {t('countSheetOption', { name: x.name, lines: x.lines })}
                </option>
              ))}
            </select>
          </label>
          {manager && (
            <button onClick={start}>
              <kbd>F7</kbd> {t('openCount')}
            </button>
          )}
          {manager && (
            <button className="primary" disabled={!takeId || post.isPending} onClick={finish}>
              <kbd>F10</kbd> {t('postCount')}
            </button>
          )}
        </>
      }
    >
      {takeId && (
        <>
          <p className="hint">{t('scanToCount')}</p>
          <div className="count-entry">
            <ProductPicker inputRef={searchRef} onPick={setProduct} />
            <form
              onSubmit={(e) => {
                e.preventDefault();
                const text = String(new FormData(e.currentTarget).get('counted') ?? '');
                const qty = product ? (text.trim() === '0' ? 0 : parseQty(text, product.unit)) : undefined;
                if (!product || qty === undefined) return;
                record.mutate(
                  { id: takeId, lines: [{ productId: product.id, countedMilli: qty }] },
                  {
                    onSuccess: () => (
                      toast('ok', `${t('countSaved')}: ${product.name}`),
                      setProduct(null),
                      e.currentTarget?.reset(),
                      searchRef.current?.focus()
                    ),
                  },
                );
              }}
            >
              <label className="field">
                <span>{product ? product.name : t('counted')}</span>
                <input ref={countRef} name="counted" aria-label={t('counted')} inputMode="decimal" disabled={!product} />
              </label>
              {/* Enter on a keyboard; on a tablet the finger needs a button */}
              <button type="submit" className="primary" disabled={!product || record.isPending} data-testid="save-count">
                ↵ {t('save')}
              </button>
            </form>
          </div>
          <DataTable
            kind="grid"
            testId="count-sheet"
            scroll={null}
            head={
              <>
                <th>{t('item')}</th>
                <th className="num">{t('book')}</th>
                <th className="num">{t('counted')}</th>
                <th className="num">{t('variance')}</th>
                <th>{t('keyUser')}</th>
              </>
            }
          >
            {(sheet.data?.lines ?? []).map((l) => (
              <tr key={l.productId}>
                <td>{l.name}</td>
                <td className="num">{formatQty(l.bookMilli, l.unit as Unit)}</td>
                <td className="num">{formatQty(l.countedMilli, l.unit as Unit)}</td>
                <td className={`num ${l.varianceMilli < 0 ? 'bad' : l.varianceMilli > 0 ? 'good' : ''}`}>{formatQty(l.varianceMilli, l.unit as Unit)}</td>
                <td className="muted">{l.countedBy}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      {!takeId && (
        <p className="hint" data-testid="no-count-sheet">
          {openTakes.length > 0 ? t('chooseCountSheetHint') : manager ? t('noCountSheetManager') : t('noCountSheetStaff')}
        </p>
      )}
    </BackOffice>
  );
}
