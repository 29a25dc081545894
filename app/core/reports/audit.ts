import type { z } from 'zod';
import type { AuditRowView } from '../contract/areas/accounting/accounts';
import type { Lang } from '../contract/vocabulary';
import { formatDateTime } from '../format/date';
import { auditWord, actionWord, detailLines, parseDetails, whatWord } from '../i18n/audit-lines';
import { AUDIT_KINDS } from '../i18n/audit-keys';
import { sayIn } from '../i18n/fail';
import { col, datedHead, report, type Report, type Row } from './table';

type AuditRow = z.output<typeof AuditRowView>;

/**
 * The audit trail as a report, for its Excel and PDF: each row says who did what to which record
 * and how, in the same words as the screen (the words live in app/core/i18n/audit-lines.ts).
 */
export function auditTrailReport(
  rows: readonly AuditRow[],
  nameOf: ReadonlyMap<string, string>,
  range: { from: string; to: string },
  entity: string | null,
  lang: Lang,
): Report {
  const t = sayIn(lang);
  const who = (id: string | null) => (id ? (nameOf.get(id) ?? auditWord('audit.formerUser', lang)) : auditWord('audit.nobody', lang));
  const kind = entity ? AUDIT_KINDS[entity] : undefined;
  const title = kind ? `${t('report.auditLog')}: ${auditWord(kind, lang)}` : t('report.auditLog');
  const body = rows.map((r): Row => {
    const before = parseDetails(r.beforeJson);
    const after = parseDetails(r.afterJson);
    return {
      cells: [
        r.id,
        formatDateTime(r.at),
        who(r.userId),
        actionWord(r.action, lang),
        whatWord(r.entity, before, after, lang),
        detailLines(before, after, lang).join('; '),
      ],
    };
  });
  return report({
    ...datedHead(t, lang, 'auditLog', title, range, 'audit-trail'),
    parts: [
      {
        key: 'audit',
        columns: [
          col(t, 'report.col.entryNo', 'count', 1),
          col(t, 'report.col.when', 'text', 2),
          col(t, 'report.col.who', 'text', 2),
          col(t, 'report.col.action', 'text', 3),
          col(t, 'report.col.record', 'text', 3),
          col(t, 'report.col.details', 'text', 6),
        ],
        rows: body,
      },
    ],
  });
}
