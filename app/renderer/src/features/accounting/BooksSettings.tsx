import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ParamsIn } from '../../../../core/contract';
import { formatDate, formatInr, parseRupees } from '../../../../core/format';
import { accountingQueries, useTallyXmlMutation, useUpdateAccountingSettingsMutation } from '../../api/accounting';
import { saveFile } from '../../api/files';
import { useT } from '../../i18n/i18n';
import { DateInput } from '../../ui/DateInput';
import { Loading } from '../../ui/Loading';
import { thisMonth, type Range } from '../../ui/period';
import { RangePicker } from '../../ui/RangePicker';
import { useToast } from '../../ui/Toasts';

/** Vouchers and masters of a period as Tally XML, for the shop's accountant. */
export function TallyExport() {
  const { t } = useT();
  const [range, setRange] = useState<Range>(thisMonth);
  const run = useTallyXmlMutation();
  return (
    <section className="panel" aria-label={t('tallyExport')}>
      <h2>{t('tallyExport')}</h2>
      <p className="hint">{t('tallyHelp')}</p>
      <RangePicker value={range} onChange={setRange} />
      <div className="actions">
        <button type="button" className="primary" disabled={run.isPending} onClick={() => run.mutate(range, { onSuccess: saveFile })}>
          {t('downloadTally')}
        </button>
      </div>
    </section>
  );
}

/** The owner's choices for the books: credit-limit policy, closed period, small-bill slips, turnover. */
export function BooksSettingsPanel({ isOwner }: { isOwner: boolean }) {
  const { t } = useT();
  const toast = useToast();
  const client = useQueryClient();
  const settings = useQuery(accountingQueries.settings());
  const [closedUpto, setClosedUpto] = useState<string | null>(null);
  const [aato, setAato] = useState('');
  const save = useUpdateAccountingSettingsMutation();
  const apply = (p: ParamsIn<'accounting.updateSettings'>) =>
    save.mutate(p, {
      onSuccess: () => {
        toast('ok', t('saved'));
        void client.invalidateQueries();
      },
    });
  return (
    <section className="panel" aria-label={t('booksSettings')} data-testid="books-settings">
      <h2>{t('booksSettings')}</h2>
      <Loading query={settings}>
        {() => {
          const s = settings.data;
          if (!s) return null;
          return (
            <div className="settings-grid">
              <label className="field">
                <span>{t('creditPolicy')}</span>
                <select value={s.creditPolicy} disabled={!isOwner} onChange={(e) => apply({ creditPolicy: e.target.value === 'block' ? 'block' : 'warn' })}>
                  <option value="warn">{t('policyWarn')}</option>
                  <option value="block">{t('policyBlock')}</option>
                </select>
              </label>
              <label className="check">
                <input type="checkbox" checked={s.consolidateSmallB2c} disabled={!isOwner} onChange={(e) => apply({ consolidateSmallB2c: e.target.checked })} />
                <span>{t('consolidateSmall')}</span>
              </label>
              <div>
                <p className="hint">
                  {t('closedUpto')}: <strong>{s.closedUpto ? formatDate(s.closedUpto) : t('none')}</strong>
                </p>
                {isOwner && (
                  <div className="inline-form">
                    <DateInput label={t('closeBooksUpto')} value={closedUpto ?? s.closedUpto ?? ''} onChange={setClosedUpto} />
                    <button type="button" disabled={!closedUpto} onClick={() => closedUpto && apply({ closedUpto })}>
                      {t('closePeriod')}
                    </button>
                  </div>
                )}
              </div>
              <div>
                <p className="hint">
                  {t('aato')}: <strong>{s.aatoPaise === null ? t('fromBooks') : formatInr(s.aatoPaise)}</strong>
                </p>
                {isOwner && (
                  <div className="inline-form">
                    <label className="field">
                      <span>{t('aatoRs')}</span>
                      <input value={aato} onChange={(e) => setAato(e.target.value)} inputMode="decimal" />
                    </label>
                    <button type="button" disabled={parseRupees(aato) === undefined} onClick={() => apply({ aatoPaise: parseRupees(aato) ?? null })}>
                      {t('save')}
                    </button>
                  </div>
                )}
              </div>
            </div>
          );
        }}
      </Loading>
    </section>
  );
}
