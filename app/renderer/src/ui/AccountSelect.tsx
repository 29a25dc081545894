import { useQuery } from '@tanstack/react-query';
import type { AccountGroup } from '../../../core/contract';
import { accountingQueries } from '../api/accounting';
import { useAccountName } from '../i18n/names';

/**
 * An account from the chart, limited to some groups (money accounts, expense heads …). A form's
 * choice may be left empty (—); a book's account is `required`, may be a closed account
 * (`includeInactive`), and is shown by its code when the chart does not list it.
 */
export function AccountSelect(props: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  groups?: AccountGroup[];
  includeInactive?: boolean;
  required?: boolean;
}) {
  const { label, value, onChange, groups, required = false } = props;
  const accounts = useQuery(accountingQueries.accounts({ includeInactive: props.includeInactive ?? false }));
  const accountName = useAccountName();
  const list = (accounts.data ?? []).filter((a) => !groups || groups.includes(a.group));
  const unlisted = value !== '' && !list.some((a) => a.code === value);
  // Accounts are chosen by name, as in Tally; the code tells apart only two accounts of one name.
  const names = list.map((a) => accountName(a.code, a.name));
  const twice = new Set(names.filter((n, i) => names.indexOf(n) !== i));
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {!required && <option value="">—</option>}
        {unlisted && <option value={value}>{value}</option>}
        {list.map((a) => (
          <option key={a.code} value={a.code}>
            {twice.has(accountName(a.code, a.name)) ? `${accountName(a.code, a.name)} (${a.code})` : accountName(a.code, a.name)}
          </option>
        ))}
      </select>
    </label>
  );
}
