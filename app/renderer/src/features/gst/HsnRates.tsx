import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ParamsIn } from '../../../../core/contract';
import { formatDate } from '../../../../core/format';
import { gstQueries, useChangeRatesMutation, usePreviewRateChangeMutation } from '../../api/gst';
import { useT } from '../../i18n/i18n';
import { DateInput } from '../../ui/DateInput';
import { todayIso } from '../../ui/period';
import { ReportPage } from '../../ui/ReportPage';
import { useToast } from '../../ui/Toasts';
import { LoadingTable } from '../../ui/DataTable';

const SLABS = [0, 5, 18, 40, 3, 0.25, 12, 28];
const pct = (bp: number) => `${bp / 100}%`;

type Change = ParamsIn<'gst.changeRates'>;

/** A choice among the GST slabs, in percent. */
function SlabSelect({ label, value, onChange }: { label: string; value: number; onChange: (pct: number) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {SLABS.map((s) => (
          <option key={s} value={s}>
            {s}%
          </option>
        ))}
      </select>
    </label>
  );
}

/** The bulk rate-change tool: choose goods by HSN or by today's rate, preview the products, apply from a date. */
function BulkChange({ isOwner }: { isOwner: boolean }) {
  const { t } = useT();
  const toast = useToast();
  const client = useQueryClient();
  const [by, setBy] = useState<'hsn' | 'rate'>('rate');
  const [hsns, setHsns] = useState('');
  const [fromRate, setFromRate] = useState(12);
  const [toRate, setToRate] = useState(5);
  const [cess, setCess] = useState('0');
  const [effectiveFrom, setEffectiveFrom] = useState(todayIso);
  const [note, setNote] = useState('');
  const prefixes = hsns.split(/[\s,]+/).filter(Boolean);
  const change: Change = {
    select: by === 'hsn' ? { hsnPrefixes: prefixes } : { currentRateBp: Math.round(fromRate * 100) },
    effectiveFrom,
    gstRateBp: Math.round(toRate * 100),
    cessRateBp: Math.round((Number(cess) || 0) * 100),
    note,
  };
  const ready = by === 'rate' || prefixes.length > 0;
  const preview = usePreviewRateChangeMutation();
  const apply = useChangeRatesMutation();
  return (
    <section className="panel" aria-label={t('bulkRateChange')} data-testid="bulk-rate-change">
      <h2>{t('bulkRateChange')}</h2>
      <div className="grid-form">
        <div className="span2 segmented">
          <button type="button" className={by === 'rate' ? 'on' : ''} onClick={() => setBy('rate')}>
            {t('byCurrentRate')}
          </button>
          <button type="button" className={by === 'hsn' ? 'on' : ''} onClick={() => setBy('hsn')}>
            {t('byHsn')}
          </button>
        </div>
        {by === 'hsn' ? (
          <label className="field span2">
            <span>{t('hsnList')}</span>
            <input value={hsns} onChange={(e) => setHsns(e.target.value)} placeholder="1905, 2106" />
          </label>
        ) : (
          <SlabSelect label={t('goodsNowAt')} value={fromRate} onChange={setFromRate} />
        )}
        <SlabSelect label={t('newRate')} value={toRate} onChange={setToRate} />
        <label className="field">
          <span>{t('cessPct')}</span>
          <input value={cess} onChange={(e) => setCess(e.target.value)} inputMode="decimal" />
        </label>
        <DateInput label={t('effectiveFrom')} value={effectiveFrom} onChange={setEffectiveFrom} />
        <label className="field span2">
          <span>{t('note')}</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="GST 2.0" />
        </label>
      </div>
      <div className="actions">
        <button type="button" disabled={!ready || preview.isPending} onClick={() => preview.mutate(change)}>
          {t('preview')}
        </button>
        {isOwner && (
          <button
            type="button"
            className="primary"
            disabled={!ready || !preview.data || apply.isPending}
            onClick={() =>
              apply.mutate(change, {
                onSuccess: (r) => {
                  toast('ok', `${t('ratesChanged')}: ${r.hsns.length} HSN, ${r.products} ${t('products')}`);
                  void client.invalidateQueries();
                },
              })
            }
          >
            {t('applyFrom')} {formatDate(effectiveFrom)}
          </button>
        )}
      </div>
      {preview.data && (
        <div className="table-scroll short">
          <p className="hint">
            {preview.data.hsns.length} HSN · {preview.data.products.length} {t('products')}
          </p>
          <table className="report compact">
            <tbody>
              {preview.data.products.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{p.hsn}</td>
                  <td className="num">
                    {pct(p.currentRateBp)} → {toRate}%
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** GST rates by HSN with the dates they take effect (old rows stay for old bills), and the bulk tool. */
export function HsnRates({ isOwner }: { isOwner: boolean }) {
  const { t } = useT();
  const [prefix, setPrefix] = useState('');
  const rates = useQuery(gstQueries.rates(prefix ? { hsn: prefix } : {}));
  const rule = useQuery(gstQueries.hsnRule());
  return (
    <ReportPage testId="hsn-rates" title={t('hsnRates')} sub={rule.data ? `${t('hsnDigits')}: ${rule.data.digits}` : undefined}>
      <div className="settings flush">
        <div className="panel">
          <label className="field">
            <span>{t('hsnStartsWith')}</span>
            <input value={prefix} onChange={(e) => setPrefix(e.target.value.replace(/\D/g, '').slice(0, 8))} inputMode="numeric" />
          </label>
          <LoadingTable
            query={rates}
            className="compact"
            scroll="table-scroll short"
            head={
              <>
                <th>{t('hsnShort')}</th>
                <th>{t('effectiveFrom')}</th>
                <th className="num">{t('gst')}</th>
                <th className="num">{t('cess')}</th>
                <th>{t('note')}</th>
              </>
            }
          >
            {(rates.data ?? []).length === 0 && (
              <tr>
                <td colSpan={5} className="hint">
                  {t('noRatesYet')}
                </td>
              </tr>
            )}
            {(rates.data ?? []).map((r) => (
              <tr key={`${r.hsn}-${r.effectiveFrom}`}>
                <td>{r.hsn}</td>
                <td className="nowrap">{formatDate(r.effectiveFrom)}</td>
                <td className="num">{pct(r.gstRateBp)}</td>
                <td className="num">{r.cessRateBp ? pct(r.cessRateBp) : ''}</td>
                <td>{r.note}</td>
              </tr>
            ))}
          </LoadingTable>
        </div>
        <BulkChange isOwner={isOwner} />
      </div>
    </ReportPage>
  );
}
