import { useState } from 'react';
import type { z } from 'zod';
import type { ImportPreview } from '../../../../core/contract';
import { useT } from '../../i18n/i18n';
import { DataTable } from '../../ui/DataTable';

type Preview = z.output<typeof ImportPreview>;
export type HsnFix = { category: string; hsn: string; gstRateBp: number };
const SLABS = [0, 25, 150, 300, 500, 1200, 1800, 2800, 4000] as const;

/** The counts of what the import will do, each in words, before anything is written. */
export function ImportCounts({ summary }: { summary: Preview['summary'] }) {
  const { t } = useT();
  const rows: Array<[string, number, string]> = [
    ['import-for-sale', summary.forSale, t('importForSale')],
    ['import-inactive', summary.inactive, t('importInactive')],
    ['import-guessed', summary.hsnGuessed, t('importGuessed')],
    ['import-existing', summary.alreadyInCatalogue, t('importExisting')],
    ['import-skipped', summary.skipped, t('importSkipped')],
  ];
  return (
    <section data-testid="import-summary">
      <h2>{t('importWillDo')}</h2>
      <ul>
        {rows.map(([id, n, words]) => (
          <li key={id} data-testid={id} className={n > 0 && id !== 'import-for-sale' ? 'warn' : undefined}>
            <strong>{n.toLocaleString('en-IN')}</strong> {words}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The guessed HSN groups, each with its guess and a place to set the right code for the whole group at once. */
export function GuessedHsn({ guesses, onApply, busy }: { guesses: Preview['summary']['guesses']; onApply: (fixes: HsnFix[]) => void; busy: boolean }) {
  const { t } = useT();
  const [draft, setDraft] = useState<Record<string, { hsn: string; gstRateBp: number }>>({});
  if (guesses.length === 0) return null;
  const valueOf = (g: (typeof guesses)[number]) => draft[g.category] ?? { hsn: g.hsn, gstRateBp: g.gstRateBp };
  const apply = () => onApply(guesses.filter((g) => draft[g.category]).map((g) => ({ category: g.category, ...valueOf(g) })));
  return (
    <section data-testid="import-guesses">
      <h2>{t('guessedTitle')}</h2>
      <p className="muted">{t('guessedHelp')}</p>
      <DataTable
        kind="grid"
        scroll={null}
        head={
          <>
            <th>{t('category')}</th>
            <th className="num">{t('rowsCount')}</th>
            <th>{t('guess')}</th>
            <th>{t('hsnShort')}</th>
            <th>{t('gst')} %</th>
          </>
        }
      >
        {guesses.map((g) => {
          const v = valueOf(g);
          const set = (patch: Partial<typeof v>) => setDraft((d) => ({ ...d, [g.category]: { ...v, ...patch } }));
          return (
            <tr key={g.category}>
              <td>{g.category || t('noCategory')}</td>
              <td className="num">{g.rows.toLocaleString('en-IN')}</td>
              <td>
                {g.hsn} · {g.gstRateBp / 100}%
              </td>
              <td>
                <input
                  aria-label={`HSN ${g.category}`}
                  inputMode="numeric"
                  maxLength={8}
                  value={v.hsn}
                  onChange={(e) => set({ hsn: e.target.value.replace(/\D/g, '') })}
                  onKeyDown={(e) => e.key === 'Enter' && apply()}
                />
              </td>
              <td>
                <select aria-label={`GST ${g.category}`} value={v.gstRateBp} onChange={(e) => set({ gstRateBp: Number(e.target.value) })}>
                  {SLABS.map((r) => (
                    <option key={r} value={r}>
                      {r / 100}%
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </DataTable>
      <div className="actions" style={{ justifyContent: 'flex-start' }}>
        <button data-testid="apply-hsn" disabled={busy || Object.keys(draft).length === 0} onClick={apply}>
          {t('applyToAll')}
        </button>
      </div>
    </section>
  );
}
