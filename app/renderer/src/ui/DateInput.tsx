import { useEffect, useState } from 'react';
import { formatDate, parseDate } from '../../../core/format';
import { useT } from '../i18n/i18n';

/** A date typed as DD-MM-YYYY (whatever the browser's locale), taken when it is a real date. */
export function DateInput({ label, value, onChange }: { label: string; value: string; onChange: (iso: string) => void }) {
  const [text, setText] = useState(formatDate(value));
  useEffect(() => setText(formatDate(value)), [value]);
  const { t } = useT();
  const parsed = parseDate(text);
  const refused = text.trim() !== '' && !parsed;
  return (
    <label className="field date-field">
      <span>{label}</span>
      <input
        value={text}
        placeholder="DD-MM-YYYY"
        inputMode="numeric"
        aria-invalid={refused}
        onChange={(e) => {
          setText(e.target.value);
          const iso = parseDate(e.target.value);
          if (iso) onChange(iso);
        }}
      />
      {refused && (
        <small className="error" role="alert">
          {t('notADate', { text: text.trim(), shown: formatDate(value) })}
        </small>
      )}
    </label>
  );
}
