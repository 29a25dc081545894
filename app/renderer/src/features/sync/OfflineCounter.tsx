import { useEffect, useMemo, useState } from 'react';
import type { CatalogEntry, TenderMethod } from '../../../../core/contract';
import { formatInr, formatQty, parseQty } from '../../../../core/format';
import { newUuid, useQueueCommand, useSync } from '../../api/sync';
import type { ScreenProps } from '../../app/screen';
import { useT } from '../../i18n/i18n';
import { KeyHints, type KeyHint } from '../../ui/KeyHints';
import { CameraButton } from '../../ui/scanner/CameraScanner';
import { useScanner } from '../../ui/scanner/useScanner';
import { useToast } from '../../ui/Toasts';
import { fKeyHandler } from '../../ui/ScreenHead';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { billParams, useOfflineCart } from './offline-cart';
import { QueueList } from './QueueList';
import { SyncBanner } from './SyncBanner';

function matches(p: CatalogEntry, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return false;
  return p.name.toLowerCase().includes(needle) || (p.nameHi ?? '').includes(needle) || p.barcodes.some((b) => b.startsWith(needle));
}

/** The counter on a tablet when the counter PC is out of reach: bills from the local catalogue go to the queue. */
export function OfflineCounter(_props: ScreenProps) {
  const { t, lang } = useT();
  const toast = useToast();
  const sync = useSync();
  const queue = useQueueCommand();
  const cart = useOfflineCart(sync.catalog);
  const [search, setSearch] = useState('');
  const options = useMemo(() => [...sync.catalog.products.values()].filter((p) => matches(p, search)).slice(0, 8), [sync.catalog, search]);

  const stockOf = (id: string) => {
    const stock = sync.staff.stock.get(id);
    const unit = sync.catalog.products.get(id)?.unit ?? 'pcs';
    return stock ? ` · ${t('phoneLeft', { qty: formatQty(stock.onHandMilli, unit) })}` : '';
  };
  const addCode = (code: string) => {
    const product = sync.catalog.byBarcode.get(code.trim());
    if (product) cart.add(product);
    else toast('error', t('syncUnknownCode', { code }));
  };
  useScanner((code) => addCode(code));

  const pay = (method: TenderMethod) => {
    if (cart.lines.length === 0) return toast('error', t('syncEmptyBill'));
    const id = newUuid();
    const payable = cart.estimate.payablePaise;
    if (queue('billing.postInvoice', billParams(id, cart.lines, payable, method), id)) {
      toast('ok', t('syncBillQueued', { amount: formatInr(payable) }));
      cart.clear();
    }
  };
  const keys: KeyHint[] = [
    { key: 'F2', label: t('syncPaidCash'), onPress: () => pay('cash') },
    { key: 'F3', label: t('syncPaidUpi'), onPress: () => pay('upi') },
    { key: 'F4', label: t('syncPaidCard'), onPress: () => pay('card') },
    { key: 'F8', label: t('syncClearBill'), onPress: cart.clear },
  ];
  useWindowKeydown(fKeyHandler(keys, false));
  useEffect(() => setSearch(''), [cart.lines.length]);

  return (
    <div className="offline-counter" lang={lang}>
      <SyncBanner snapshot={sync} />
      <p className="muted">{t('syncOfflineNote')}</p>
      <div className="offline-body">
        <section className="offline-bill" aria-label={t('syncBill')}>
          <div className="offline-search">
            <input
              aria-label={t('syncScanOrSearch')}
              placeholder={t('syncScanOrSearch')}
              value={search}
              autoComplete="off"
              onChange={(e) => setSearch(e.target.value)}
              onKeyDown={(e) => {
                const first = options[0];
                if (e.key === 'Enter' && first) cart.add(first);
              }}
            />
            <CameraButton onCode={addCode} />
          </div>
          {options.length > 0 && (
            <ul role="listbox" className="offline-options">
              {options.map((p) => (
                <li key={p.id} role="option" aria-selected={false} onClick={() => cart.add(p)}>
                  {lang === 'hi' && p.nameHi ? p.nameHi : p.name}
                  <span>
                    {formatInr(p.pricePaise)} · {t('syncGstRate', { rate: p.gstRateBp / 100 })}
                    {stockOf(p.id)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {cart.lines.length === 0 ? (
            <p className="muted">{t('syncEmptyBill')}</p>
          ) : (
            <table className="offline-lines">
              <thead>
                <tr>
                  <th>{t('syncItem')}</th>
                  <th>{t('syncQty')}</th>
                  <th>{t('syncRate')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {cart.lines.map((l, i) => (
                  <tr key={l.product.id} data-testid="offline-line">
                    <td>{lang === 'hi' && l.product.nameHi ? l.product.nameHi : l.product.name}</td>
                    <td>
                      <input
                        aria-label={`${t('syncQty')} ${l.product.name}`}
                        inputMode="decimal"
                        defaultValue={formatQty(l.qtyMilli, l.product.unit)}
                        key={l.qtyMilli}
                        onBlur={(e) => {
                          const qty = parseQty(e.target.value, l.product.unit);
                          if (qty !== undefined && qty > 0) cart.setQty(i, qty);
                        }}
                      />
                    </td>
                    <td>{formatInr(l.product.pricePaise)}</td>
                    <td>
                      <button type="button" onClick={() => cart.remove(i)}>
                        {t('syncRemoveLine')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <dl className="offline-totals">
            <dt>{t('syncGstIncluded')}</dt>
            <dd>{formatInr(cart.estimate.taxPaise)}</dd>
            <dt>{t('syncRoundOff')}</dt>
            <dd>{formatInr(cart.estimate.roundOffPaise)}</dd>
            <dt>{t('syncPayable')}</dt>
            <dd data-testid="offline-payable">{formatInr(cart.estimate.payablePaise)}</dd>
          </dl>
        </section>
        <QueueList snapshot={sync} />
      </div>
      <KeyHints hints={keys} />
    </div>
  );
}
