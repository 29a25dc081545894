import { formatInr, formatTime } from '../../../../core/format';
import type { QueuedCommand, SyncSnapshot } from '../../api/sync';
import { useT } from '../../i18n/i18n';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const num = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : 0);

/** What a command was, in the reader's words: a bill and its total, a payment and who paid. */
function useDescribe(snapshot: SyncSnapshot) {
  const { t } = useT();
  return ({ command }: QueuedCommand): string => {
    const p = record(command.params);
    if (command.method === 'billing.postInvoice') {
      const tenders = Array.isArray(p.tenders) ? p.tenders : [];
      const total = tenders.reduce<number>((s, x) => s + num(record(x).amountPaise), 0);
      return t('syncKindBill', { amount: formatInr(total) });
    }
    if (command.method === 'khata.receive') {
      const who = snapshot.staff.dues.get(String(p.customerId))?.name ?? '';
      return t('syncKindReceipt', { amount: formatInr(num(p.amountPaise)), name: who });
    }
    if (command.method === 'accounting.expense') return t('syncKindExpense', { amount: formatInr(num(p.amountPaise)) });
    return t('syncKindCount');
  };
}

export function queueCounts(queue: readonly QueuedCommand[]) {
  const posted = queue.filter((q) => q.outcome?.status === 'applied').length;
  const refused = queue.filter((q) => q.outcome?.status === 'refused').length;
  return { waiting: queue.length - posted - refused, posted, refused };
}

/** The device's queue, newest first, each command with its outcome once the counter sent one. */
export function QueueList({ snapshot, limit = 50 }: { snapshot: SyncSnapshot; limit?: number }) {
  const { t, lang } = useT();
  const describe = useDescribe(snapshot);
  const shown = snapshot.queue.slice(0, limit);
  return (
    <section className="sync-queue" aria-label={t('syncQueueTitle')}>
      <h2>
        {t('syncQueueTitle')} <small data-testid="queue-summary">{t('syncQueueSummary', queueCounts(snapshot.queue))}</small>
      </h2>
      {shown.length === 0 && <p className="muted">{t('syncQueueEmpty')}</p>}
      <ul>
        {shown.map((q) => {
          const o = q.outcome;
          const status = !o ? 'waiting' : o.status === 'applied' ? 'posted' : 'refused';
          return (
            <li key={q.command.id} className={`sync-command ${status}`} data-testid="queued-command" data-status={status}>
              <span className="sync-what">{describe(q)}</span>
              <time>{formatTime(q.command.at)}</time>
              <span className="sync-outcome">
                {!o
                  ? t('syncWaiting')
                  : o.status === 'applied'
                    ? `${t('syncPosted', { reference: o.reference ?? '' })}${o.flagged ? ` — ${t('syncFlagged')}` : ''}`
                    : t('syncRefused', { reason: o.message?.[lang] ?? '' })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
