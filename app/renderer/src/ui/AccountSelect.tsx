import { useQuery } from '@tanstack/react-query';
import type { AccountGroup } from '../../../core/contract';
import { accountingQueries } from '../api/accounting';
import { useAccountName } from '../i18n/names';

/** An account from the chart, limited to some groups (money accounts, expense heads …). */
export function AccountSelect({ label, value, onChange, groups }: { label: string; value: string; onChange: (code: string) => void; groups?: AccountGroup[] }) {
  const accounts = useQuery(accountingQueries.accounts({ includeInactive: false }));
  const accountName = useAccountName();
  const list = (accounts.data ?? []).filter((a) => !groups || groups.includes(a.group));
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {list.map((a) => (
          <option key={a.code} value={a.code}>
            {accountName(a.code, a.name)} ({a.code})
          </option>
        ))}
      </select>
    </label>
  );
}
