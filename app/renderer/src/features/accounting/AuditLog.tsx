import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '../../../../core/format';
import { accountingQueries } from '../../api/accounting';
import { authQueries } from '../../api/auth';
import { useT } from '../../i18n/i18n';
import { LoadingTable } from '../../ui/DataTable';
import { Loading } from '../../ui/Loading';
import { actionWord, auditWord, detailLines, parseDetails, whatWord } from '../../../../core/i18n/audit-lines';
import { AUDIT_KINDS } from '../../../../core/i18n/audit-keys';
import { ExportButtons } from '../../ui/ExportButtons';
import { thisMonth, type Range } from '../../ui/period';
import { RangePicker, rangeText } from '../../ui/RangePicker';
import { ReportPage } from '../../ui/ReportPage';

const ENTITIES = ['invoice', 'credit_note', 'voucher', 'customer', 'product', 'account', 'shop', 'gst_rate', 'register', 'bank_statement'] as const;

/** The audit trail, newest first, with the hash chain's verification on top (owner only); Excel and PDF of the same filter in the same words. */
export function AuditLog() {
  const { t, lang } = useT();
  const [range, setRange] = useState<Range>(thisMonth);
  const [entity, setEntity] = useState('');
  const log = useQuery(accountingQueries.auditLog({ ...range, ...(entity ? { entity } : {}), limit: 300 }));
  const check = useQuery(accountingQueries.verifyAudit());
  const users = useQuery(authQueries.users());
  const nameOf = (id: string | null) =>
    id ? (users.data?.find((u) => u.id === id)?.name ?? auditWord('audit.formerUser', lang)) : auditWord('audit.nobody', lang);
  return (
    <ReportPage
      testId="audit-log"
      title={t('auditLog')}
      sub={rangeText(range)}
      actions={
        <>
          <button type="button" onClick={() => void check.refetch()}>
            {t('verifyChain')}
          </button>
          <ExportButtons params={{ report: 'auditLog', ...range, ...(entity ? { entity } : {}) }} />
        </>
      }
    >
      <Loading query={check}>
        {() =>
          check.data && (
            <p className={`result ${check.data.ok ? 'ok' : 'bad'}`} data-testid="audit-check">
              {check.data.ok ? t('chainOk') : `${t('chainBroken')} #${check.data.brokenAt ?? '?'}: ${check.data.problem ?? ''}`}
              <small className="block">
                {check.data.rows} {t('rows')} · {check.data.sealedRows} {t('sealedRows')} · {t('headHash')} {check.data.headHash?.slice(0, 16) ?? '—'}
              </small>
            </p>
          )
        }
      </Loading>
      <div className="filters">
        <RangePicker value={range} onChange={setRange} />
        <label className="field">
          <span>{t('entity')}</span>
          <select value={entity} onChange={(e) => setEntity(e.target.value)}>
            <option value="">{t('all')}</option>
            {ENTITIES.map((x) => (
              <option key={x} value={x}>
                {auditWord(AUDIT_KINDS[x] ?? 'audit.of.other', lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <LoadingTable
        query={log}
        kind="report wide"
        className="stack-phone"
        head={
          <>
            <th>#</th>
            <th>{t('time')}</th>
            <th>{t('who')}</th>
            <th>{t('action')}</th>
            <th>{auditWord('audit.what', lang)}</th>
            <th>{auditWord('audit.details', lang)}</th>
          </>
        }
      >
        {(log.data ?? []).map((r) => {
          const before = parseDetails(r.beforeJson);
          const after = parseDetails(r.afterJson);
          return (
            <tr key={r.id}>
              <td className="nowrap" data-label="#">
                {r.id}
              </td>
              <td className="nowrap" data-label={t('time')}>
                {formatDateTime(r.at)}
              </td>
              <td className="nowrap" data-label={t('who')}>
                {nameOf(r.userId)}
              </td>
              <td data-label={t('action')}>{actionWord(r.action, lang)}</td>
              <td data-label={auditWord('audit.what', lang)}>{whatWord(r.entity, before, after, lang)}</td>
              <td data-label={auditWord('audit.details', lang)}>
                {detailLines(before, after, lang).map((line) => (
                  <span className="block" key={line}>
                    {line}
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </LoadingTable>
    </ReportPage>
  );
}
