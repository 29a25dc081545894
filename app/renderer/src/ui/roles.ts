import type { Role } from '../../../core/contract';
import type { StringKey } from '../i18n/i18n';

export const ROLE_WORDS: Record<Role, StringKey> = { owner: 'roleOwner', manager: 'roleManager', accountant: 'roleAccountant', staff: 'roleStaff' };
