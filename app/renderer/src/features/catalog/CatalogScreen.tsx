import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type { ProductView } from '../../../../core/contract';
import { formatInr, formatQty } from '../../../../core/format';
import { catalogQueries, useExportCatalogMutation } from '../../api/catalog';
import { saveFile } from '../../api/files';
import { navigate, usePath } from '../../app/router';
import type { ScreenProps } from '../../app/screen';
import { useT } from '../../i18n/i18n';
import { BackOffice, fKeyHandler } from '../../ui/ScreenHead';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { ImportWizard } from './ImportWizard';
import { ProductEditor } from './ProductEditor';
import { DataTable } from '../../ui/DataTable';

type Product = z.output<typeof ProductView>;
type StockFilter = 'any' | 'in' | 'out' | 'low';
type SaleFilter = 'on' | 'off' | 'any';

/**
 * The catalogue: search by any spelling, filter by category, price, stock, expiry and whether it is
 * on sale (an import leaves unpriced rows not on sale: the owner finds them here to price them); F8 a new
 * product, Enter edits the chosen one, F6 imports a file, F7 exports to Excel.
 */
export function CatalogScreen({ session }: ScreenProps) {
  const { t, lang } = useT();
  const path = usePath();
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const [stock, setStock] = useState<StockFilter>('any');
  const [sale, setSale] = useState<SaleFilter>('on');
  const [expiring, setExpiring] = useState('');
  const [maxPrice, setMaxPrice] = useState('');
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const canEdit = session.user.role !== 'staff';
  const categories = useQuery(catalogQueries.categories());
  const days = expiring.trim() === '' ? undefined : Number(expiring);
  const price = Number(maxPrice) > 0 ? Math.round(Number(maxPrice) * 100) : undefined;
  const params = {
    q,
    limit: 100,
    stock,
    sale,
    ...(category ? { category } : {}),
    ...(days !== undefined && Number.isInteger(days) ? { expiringWithinDays: days } : {}),
    ...(price ? { maxPricePaise: price } : {}),
  };
  const filtering = q.trim() !== '' || category !== '' || stock !== 'any' || sale !== 'on' || days !== undefined || price !== undefined;
  const found = useQuery({ ...catalogQueries.find(params), enabled: filtering });
  const list = filtering ? (found.data ?? []) : [];
  const exporter = useExportCatalogMutation();
  const importing = path.startsWith('/catalog/import');

  const exportFile = (what: 'catalog' | 'stock') => exporter.mutate({ what }, { onSuccess: saveFile });
  const keys = [
    { key: 'F2', label: t('search'), onPress: () => document.getElementById('catalog-q')?.focus() },
    { key: 'F6', label: t('importFile'), disabled: !canEdit, onPress: () => navigate('/catalog/import'), onScreen: true },
    { key: 'F7', label: t('exportCatalog'), disabled: !canEdit, onPress: () => exportFile('catalog'), onScreen: true },
    { key: 'F8', label: t('newProduct'), disabled: !canEdit, onPress: () => setEditing('new'), onScreen: true },
  ];
  useWindowKeydown(fKeyHandler(keys, editing !== null || importing));

  if (importing) return <ImportWizard onDone={() => navigate('/catalog')} />;
  const cats = [...new Set((categories.data ?? []).map((c) => c.category))];
  return (
    <BackOffice
      title={t('navCatalog')}
      keys={keys}
      actions={
        canEdit && (
          <>
            <button onClick={() => navigate('/catalog/import')}>
              <kbd>F6</kbd> {t('importFile')}
            </button>
            <button onClick={() => exportFile('catalog')} disabled={exporter.isPending}>
              <kbd>F7</kbd> {t('exportCatalog')}
            </button>
            <button onClick={() => exportFile('stock')} disabled={exporter.isPending}>
              {t('exportStock')}
            </button>
            <button className="primary" onClick={() => setEditing('new')}>
              <kbd>F8</kbd> {t('newProduct')}
            </button>
          </>
        )
      }
    >
      <div className="filters">
        <label className="field search">
          <span>{t('search')}</span>
          <input
            id="catalog-q"
            autoFocus
            value={q}
            placeholder={t('scanOrSearch')}
            onChange={(e) => (setQ(e.target.value), setActive(0))}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                setActive((i) => Math.max(0, Math.min(i + (e.key === 'ArrowDown' ? 1 : -1), list.length - 1)));
              } else if (e.key === 'Enter' && canEdit && list[active]) setEditing(list[active] ?? null);
            }}
          />
        </label>
        <label className="field">
          <span>{t('category')}</span>
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t('allCategories')}</option>
            {cats.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('onHand')}</span>
          <select value={stock} onChange={(e) => setStock(e.target.value as StockFilter)}>
            <option value="any">{t('stockAny')}</option>
            <option value="in">{t('stockIn')}</option>
            <option value="out">{t('stockOut')}</option>
            <option value="low">{t('stockLow')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('saleFilter')}</span>
          <select data-testid="catalog-sale" value={sale} onChange={(e) => (setSale(e.target.value as SaleFilter), setActive(0))}>
            <option value="on">{t('saleOn')}</option>
            <option value="off">{t('saleOff')}</option>
            <option value="any">{t('saleAny')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('expiringIn')}</span>
          <input value={expiring} inputMode="numeric" size={6} onChange={(e) => setExpiring(e.target.value.replace(/\D/g, ''))} />
        </label>
        <label className="field">
          <span>{t('maxPrice')}</span>
          <input value={maxPrice} inputMode="decimal" size={7} onChange={(e) => setMaxPrice(e.target.value)} />
        </label>
      </div>
      <DataTable
        kind="grid"
        testId="catalog-results"
        scroll={null}
        head={
          <>
            <th>{t('item')}</th>
            <th>{t('category')}</th>
            <th>{t('barcode')}</th>
            <th className="num">{t('mrpShort')}</th>
            <th className="num">{t('rate')}</th>
            <th className="num">{t('onHand')}</th>
          </>
        }
      >
        {list.map((p, i) => (
          <tr key={p.id} className={`clickable ${i === active ? 'active' : ''}`} onClick={() => (setActive(i), canEdit && setEditing(p))}>
            <td>
              <div className="item-name">{lang === 'hi' && p.nameHi ? p.nameHi : p.name}</div>
              <div className="muted">
                {[p.brand, p.packSize].filter(Boolean).join(' · ')}
                {!p.active && (
                  <>
                    {' '}
                    <span className="tag" data-testid="not-on-sale">
                      {t('saleOff')}
                    </span>
                  </>
                )}
              </div>
            </td>
            <td>{[p.category, p.subCategory].filter(Boolean).join(' › ')}</td>
            <td className="muted">{p.barcodes.join(' ') || t('noBarcode')}</td>
            <td className="num">{p.mrpPaise === null ? '' : formatInr(p.mrpPaise)}</td>
            <td className="num">{formatInr(p.pricePaise)}</td>
            <td className={`num ${p.reorderLevelMilli > 0 && p.onHandMilli <= p.reorderLevelMilli ? 'bad' : ''}`}>{formatQty(p.onHandMilli, p.unit)}</td>
          </tr>
        ))}
      </DataTable>
      {!filtering && <p className="hint">{t('scanOrSearch')}</p>}
      {editing && <ProductEditor product={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </BackOffice>
  );
}
