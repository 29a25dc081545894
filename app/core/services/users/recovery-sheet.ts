import { toBase64 } from '../../contract/base64';
import { formatDateTime } from '../../format/date';
import { sayIn } from '../../i18n/fail';
import { report, type Report } from '../../reports/table';
import type { Lang } from '../../contract/vocabulary';
import type { ServiceDeps } from '../ports';
import { createRecoveryCode } from './recovery';

/** The recovery code as a sheet to print: the code, when it was made, and how to keep and use it. */
export function recoverySheet(lang: Lang, code: string, createdAt: string): Report {
  const t = sayIn(lang);
  return report({
    report: 'recovery-code',
    lang,
    title: t('users.sheetTitle'),
    period: t('users.sheetMade', { at: formatDateTime(createdAt) }),
    parts: [
      {
        key: 'code',
        columns: [{ key: 'code', label: t('users.sheetCode'), kind: 'text' }],
        rows: [{ cells: [code], style: 'total' }],
      },
    ],
    notes: [
      { text: t('users.sheetKeepSafe'), tone: 'bad' },
      { text: t('users.sheetHowTo'), tone: 'info' },
      { text: t('users.sheetReplaces'), tone: 'info' },
    ],
    fileBase: `recovery-code-${createdAt.slice(0, 10)}`,
  });
}

/** A new recovery code with its sheet as a PDF (base64), made in the reader's language. */
export async function newRecoveryCodeWithSheet(
  deps: ServiceDeps,
  by: string | null,
  lang: Lang,
): Promise<{ code: string; createdAt: string; sheet: { fileName: string; contentType: 'application/pdf'; base64: string } }> {
  const made = createRecoveryCode(deps, by);
  const sheet = recoverySheet(lang, made.code, made.createdAt);
  const pdf = await deps.documents.tablePdf(sheet, deps.store.shop.get());
  return { ...made, sheet: { fileName: `${sheet.fileBase}.pdf`, contentType: 'application/pdf', base64: toBase64(pdf) } };
}
