import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../../../../core/format';
import { insightsQueries, useDismissAlertMutation } from '../../api/insights';
import { useT } from '../../i18n/i18n';
import { PromptDialog } from '../../ui/Dialog';
import { Loading } from '../../ui/Loading';
import { Panel } from './Panel';

/** Anomaly alerts of the last week: each says what happened against its own usual; dismissed ones stay, with the note. */
export function AlertsPanel() {
  const { t } = useT();
  const query = useQuery(insightsQueries.alerts());
  const dismiss = useDismissAlertMutation();
  const [open, setOpen] = useState<{ id: string; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const d = query.data;
  const submit = (note: string) => {
    if (!open) return;
    if (note.trim().length < 3) return setError(t('insNoteShort'));
    dismiss.mutate(
      { alertId: open.id, note: note.trim() },
      {
        onSuccess: () => {
          setOpen(null);
          setError(null);
          void query.refetch();
        },
      },
    );
  };
  return (
    <Loading query={query}>
      {() =>
        d && (
          <Panel title={t('insAlerts')} help={t('insAlertsHelp')} testId="insights-alerts">
            {d.alerts.length === 0 && <p className="muted">{t('insNoAlerts')}</p>}
            <ul className="insight-list">
              {d.alerts.map((a) => (
                <li key={a.id} className={a.dismissal ? 'alert-dismissed' : a.severity === 'act' ? 'alert-act' : 'alert-watch'} data-testid="insight-alert">
                  <p>
                    <strong>{a.severity === 'act' ? t('insAct') : t('insWatch')}</strong>
                    {` · ${formatDate(a.day)} · ${a.subject}`}
                  </p>
                  <p>{a.text}</p>
                  {a.dismissal ? (
                    <p className="muted" data-testid="alert-dismissal">
                      {t('insDismissed', { by: a.dismissal.by, date: formatDate(a.dismissal.at.slice(0, 10)), note: a.dismissal.note })}
                    </p>
                  ) : (
                    <div className="actions">
                      <button type="button" onClick={() => setOpen({ id: a.id, text: a.text })} data-testid="alert-dismiss">
                        {t('insDismiss')}
                      </button>
                      <a className="button" href={`https://wa.me/?text=${encodeURIComponent(a.text)}`} target="_blank" rel="noreferrer">
                        {t('insShare')}
                      </a>
                    </div>
                  )}
                </li>
              ))}
            </ul>
            {open && (
              <PromptDialog
                text
                title={t('insDismissTitle')}
                label={`${open.text} — ${t('insNote')}`}
                error={error}
                onSubmit={submit}
                onClose={() => {
                  setOpen(null);
                  setError(null);
                }}
              />
            )}
          </Panel>
        )
      }
    </Loading>
  );
}
