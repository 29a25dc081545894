import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { CUSTOM_DIMENSIONS, CUSTOM_FILTER_DIMENSIONS, CUSTOM_LIMIT_MAX, CUSTOM_MEASURES, type CustomFilterDimension } from '../../../../core/contract';
import { customReportQueries } from '../../api/reports-custom';
import { useT } from '../../i18n/i18n';
import { RangePicker } from '../../ui/RangePicker';
import {
  addFilterValue,
  DIM_WORDS,
  isDimension,
  isSortKey,
  MEASURE_WORDS,
  removeFilterValue,
  toggleMeasure,
  withGroup,
  withSort,
  type Spec,
} from './custom-spec';

const isFilterDimension = (v: string): v is CustomFilterDimension => CUSTOM_FILTER_DIMENSIONS.some((d) => d === v);
const LIMITS = [100, 500, 1000, CUSTOM_LIMIT_MAX];

/** The builder's choices: period, up to three groupings, the figures, filters by name, sort and how many rows. */
export function CustomReportForm({ spec, onChange }: { spec: Spec; onChange: (s: Spec) => void }) {
  const { t } = useT();
  const listId = useId();
  const choices = useQuery(customReportQueries.choices());
  const [filterOn, setFilterOn] = useState<CustomFilterDimension>('category');
  const [typed, setTyped] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const values = choices.data?.options.find((o) => o.dimension === filterOn)?.values ?? [];
  const labelOf = (dimension: CustomFilterDimension, value: string) =>
    choices.data?.options.find((o) => o.dimension === dimension)?.values.find((v) => v.value === value)?.label ?? value;
  const addFilter = () => {
    const wanted = typed.trim().toLocaleLowerCase();
    if (!wanted) return;
    const hit = values.find((v) => v.label.toLocaleLowerCase() === wanted) ?? values.find((v) => v.value.toLocaleLowerCase() === wanted);
    if (!hit) return setRefused(t('crUnknownValue', { value: typed.trim(), what: t(DIM_WORDS[filterOn]) }));
    setRefused(null);
    setTyped('');
    onChange(addFilterValue(spec, filterOn, hit.value));
  };
  const groups = [0, 1, 2].filter((i) => i <= spec.groupBy.length && i < 3);
  const measures = spec.measures ?? [];
  return (
    <form className="custom-form" data-testid="custom-form" onSubmit={(e) => e.preventDefault()}>
      <RangePicker value={{ from: spec.from, to: spec.to }} onChange={(r) => onChange({ ...spec, ...r })} />
      <fieldset className="custom-groups">
        <legend>{t('crGroupBy')}</legend>
        {groups.map((i) => (
          <label className="field" key={i}>
            <span>{i === 0 ? t('crGroupBy') : t('crThenBy')}</span>
            <select
              id={i === 0 ? 'custom-first-group' : undefined}
              data-testid={`custom-group-${i}`}
              value={spec.groupBy[i] ?? ''}
              onChange={(e) => onChange(withGroup(spec, i, isDimension(e.target.value) ? e.target.value : null))}
            >
              {i > 0 && <option value="">{t('crNone')}</option>}
              {CUSTOM_DIMENSIONS.filter((d) => d === spec.groupBy[i] || !spec.groupBy.includes(d)).map((d) => (
                <option key={d} value={d}>
                  {t(DIM_WORDS[d])}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <fieldset className="custom-measures">
        <legend>{t('crFigures')}</legend>
        {CUSTOM_MEASURES.map((m) => (
          <label key={m} className="check">
            <input type="checkbox" checked={measures.includes(m)} onChange={() => onChange(toggleMeasure(spec, m))} data-testid={`custom-measure-${m}`} />
            {t(MEASURE_WORDS[m])}
          </label>
        ))}
      </fieldset>
      <fieldset className="custom-filters">
        <legend>{t('crFilters')}</legend>
        <ul className="chips" data-testid="custom-filter-chips">
          {(spec.filters ?? []).flatMap((f) =>
            f.values.map((v) => {
              const text = `${t(DIM_WORDS[f.dimension])}: ${labelOf(f.dimension, v)}`;
              return (
                <li key={`${f.dimension}:${v}`} className="chip">
                  {text}
                  <button
                    type="button"
                    className="ghost small"
                    aria-label={t('crRemove', { what: text })}
                    onClick={() => onChange(removeFilterValue(spec, f.dimension, v))}
                  >
                    ×
                  </button>
                </li>
              );
            }),
          )}
        </ul>
        <label className="field">
          <span>{t('crFilterOn')}</span>
          <select
            id="custom-filter-on"
            data-testid="custom-filter-on"
            value={filterOn}
            onChange={(e) => isFilterDimension(e.target.value) && setFilterOn(e.target.value)}
          >
            {CUSTOM_FILTER_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t(DIM_WORDS[d])}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>{t('crFilterValue')}</span>
          <input
            list={listId}
            value={typed}
            data-testid="custom-filter-value"
            aria-invalid={refused !== null}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addFilter();
              }
            }}
          />
          <datalist id={listId}>
            {values.map((v) => (
              <option key={v.value} value={v.label} />
            ))}
          </datalist>
        </label>
        <button type="button" onClick={addFilter} data-testid="custom-filter-add">
          {t('crAddFilter')}
        </button>
        {refused && (
          <p className="error" role="alert" data-testid="custom-filter-error">
            {refused}
          </p>
        )}
      </fieldset>
      <fieldset className="custom-sort">
        <legend>{t('crSortBy')}</legend>
        <select
          aria-label={t('crSortBy')}
          data-testid="custom-sort"
          value={spec.sort?.by ?? ''}
          onChange={(e) => {
            const by = e.target.value;
            onChange(withSort(spec, isSortKey(by) ? by : '', spec.sort?.dir ?? 'desc'));
          }}
        >
          <option value="">{t('crNone')}</option>
          {spec.groupBy.map((d) => (
            <option key={d} value={d}>
              {t(DIM_WORDS[d])}
            </option>
          ))}
          {measures.map((m) => (
            <option key={m} value={m}>
              {t(MEASURE_WORDS[m])}
            </option>
          ))}
        </select>
        <select
          aria-label={t('crSortBy')}
          data-testid="custom-sort-dir"
          value={spec.sort?.dir ?? 'desc'}
          disabled={!spec.sort}
          onChange={(e) => spec.sort && onChange(withSort(spec, spec.sort.by, e.target.value === 'asc' ? 'asc' : 'desc'))}
        >
          <option value="desc">{t('crDesc')}</option>
          <option value="asc">{t('crAsc')}</option>
        </select>
        <label className="field">
          <span>{t('crRows')}</span>
          <select value={spec.limit ?? 500} onChange={(e) => onChange({ ...spec, limit: Number(e.target.value) })} data-testid="custom-limit">
            {LIMITS.map((n) => (
              <option key={n} value={n}>
                {n.toLocaleString('en-IN')}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </form>
  );
}
