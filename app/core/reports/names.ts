import type { Lang } from '../contract/vocabulary';
import { translate } from '../i18n/index';

/** A system account's name in the reader's language, while the owner has not renamed it. */
export function accountName(code: string, name: string, lang: Lang): string {
  return translate(`accountName.${code}`, 'en') === name ? (translate(`accountName.${code}`, lang) ?? name) : name;
}

export const voucherWord = (type: string, lang: Lang) => translate(`voucherType.${type}`, lang) ?? type;

export const groupWord = (group: string, lang: Lang) => translate(`group.${group}`, lang) ?? group;
