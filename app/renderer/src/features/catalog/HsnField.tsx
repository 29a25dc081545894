import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { gstQueries } from '../../api/gst';
import { useT } from '../../i18n/i18n';

/** The product's HSN code, with the codes of the loaded HSN master offered as it is typed (digits or words) and the chosen code's description. */
export function HsnField({ initial }: { initial: string }) {
  const { t } = useT();
  const [hsn, setHsn] = useState(initial);
  const found = useQuery(gstQueries.searchHsn(hsn));
  const list = found.data ?? [];
  const described = list.find((r) => r.code === hsn.trim());
  return (
    <label className="field">
      <span>{t('hsn')}</span>
      <input name="hsn" value={hsn} list="hsn-master-codes" autoComplete="off" required onChange={(e) => setHsn(e.target.value.replace(/\s+[–-].*$/, ''))} />
      <datalist id="hsn-master-codes">
        {list.map((r) => (
          <option key={r.code} value={r.code}>
            {r.code} – {r.description}
          </option>
        ))}
      </datalist>
      {described && (
        <small className="muted" data-testid="hsn-description">
          {described.description}
        </small>
      )}
    </label>
  );
}
