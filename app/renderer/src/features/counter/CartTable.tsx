import { useEffect, useRef } from 'react';
import { formatInr } from '../../../../core/format';
import { useT } from '../../i18n/i18n';
import { useQtyText, useUnitName } from '../../i18n/names';
import type { CartItem } from './cart-state';

interface QuotedLine {
  unitPricePaise: number;
  mrpPaise: number | null;
  amountPaise: number;
  discountPaise: number;
  billDiscountPaise: number;
}

/** The open bill's lines. Amounts come from the host's quote, so what is shown is what posts. */
export function CartTable({
  items,
  selected,
  quoted,
  onSelect,
}: {
  items: CartItem[];
  selected: number;
  quoted: QuotedLine[] | undefined;
  onSelect: (i: number) => void;
}) {
  const { t, lang } = useT();
  const qtyText = useQtyText();
  const unitName = useUnitName();
  const selectedRow = useRef<HTMLTableRowElement>(null);
  // Block body: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    void selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selected, items.length]);

  if (items.length === 0) return <div className="cart-empty">{t('emptyCart')}</div>;
  return (
    <div className="cart-scroll">
      <table className="cart" data-testid="cart">
        <thead>
          <tr>
            <th className="num">#</th>
            <th>{t('item')}</th>
            <th className="num">{t('qty')}</th>
            <th className="num">{t('rate')}</th>
            <th className="num">{t('discount')}</th>
            <th className="num">{t('amount')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((it, i) => {
            const q = quoted?.[i];
            // The quote's rate and MRP are the lot's: an older lot's lower MRP caps the price.
            const price = q?.unitPricePaise ?? it.unitPricePaise ?? it.product.pricePaise;
            const mrp = q ? q.mrpPaise : it.product.mrpPaise;
            const main = lang === 'hi' && it.product.nameHi ? it.product.nameHi : it.product.name;
            const other = lang === 'hi' ? it.product.name : it.product.nameHi;
            return (
              <tr
                key={i}
                ref={i === selected ? selectedRow : undefined}
                className={i === selected ? 'selected' : ''}
                onClick={() => onSelect(i)}
                data-testid="cart-line"
              >
                <td className="num">{i + 1}</td>
                <td>
                  <div className="item-name">{main}</div>
                  {other && <div className="item-alt">{other}</div>}
                </td>
                <td className="num qty">{qtyText(it.qtyMilli, it.product.unit)}</td>
                <td className="num">
                  {formatInr(price)}
                  {it.product.loose ? `/${unitName('kg')}` : ''}
                  {mrp !== null && mrp > price && (
                    <div className="mrp">
                      {t('mrpShort')} {formatInr(mrp)}
                    </div>
                  )}
                </td>
                <td className="num">{q && q.discountPaise + q.billDiscountPaise > 0 ? `−${formatInr(q.discountPaise + q.billDiscountPaise)}` : ''}</td>
                <td className="num amount">{q ? formatInr(q.amountPaise - q.discountPaise - q.billDiscountPaise) : '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
