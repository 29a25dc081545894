import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { customReportQueries, useDeleteCustomReportMutation, useSaveCustomReportMutation } from '../../api/reports-custom';
import { useT } from '../../i18n/i18n';
import { useToast } from '../../ui/Toasts';
import type { Spec } from './custom-spec';

/** Save the choices under a name (the same name replaces them), and the saved reports to open again or delete. */
export function CustomReportSaved({ spec, onOpen }: { spec: Spec; onOpen: (s: Spec) => void }) {
  const { t } = useT();
  const toast = useToast();
  const saved = useQuery(customReportQueries.saved());
  const save = useSaveCustomReportMutation();
  const remove = useDeleteCustomReportMutation();
  const [name, setName] = useState(spec.title ?? '');
  const doSave = () => {
    if (save.isPending) return;
    save.mutate(
      { name, spec },
      {
        onSuccess: () => {
          toast('ok', t('crSavedOk', { name: name.trim() }));
          onOpen({ ...spec, title: name.trim() });
        },
      },
    );
  };
  const list = saved.data?.reports ?? [];
  return (
    <section className="custom-saved" data-testid="custom-saved" aria-label={t('crSaved')}>
      <form
        className="custom-save"
        onSubmit={(e) => {
          e.preventDefault();
          doSave();
        }}
      >
        <label className="field grow">
          <span>{t('crName')}</span>
          <input id="custom-save-name" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} data-testid="custom-save-name" />
        </label>
        <button type="submit" className="primary" disabled={save.isPending} data-testid="custom-save">
          <kbd>F6</kbd> {t('crSave')}
        </button>
      </form>
      <h2>{t('crSaved')}</h2>
      {list.length === 0 ? (
        <p className="hint">{t('crNoSaved')}</p>
      ) : (
        <ul className="custom-saved-list" id="custom-saved-list">
          {list.map((r) => (
            <li key={r.id} data-testid="custom-saved-item">
              <button
                type="button"
                className="link"
                onClick={() => {
                  setName(r.name);
                  onOpen(r.spec);
                }}
              >
                {t('crOpen')}: {r.name}
              </button>
              <button type="button" className="ghost small" onClick={() => remove.mutate({ id: r.id })} aria-label={`${t('crDelete')}: ${r.name}`}>
                {t('crDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
