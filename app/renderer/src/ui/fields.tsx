import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';

/** Labelled inputs for the settings screens: large, one per row, Tab moves on. */
export function SelectField<V extends string | number>({
  label,
  value,
  options,
  onChange,
  name,
}: {
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (v: V) => void;
  name?: string;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select name={name} value={String(value)} onChange={(e) => onChange(options.find((o) => String(o.value) === e.target.value)?.value ?? value)}>
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TextField({
  label,
  value,
  onChange,
  name,
  inputMode,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  name?: string;
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input name={name} value={value} inputMode={inputMode} placeholder={placeholder} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

export function Panel({ title, children, actions, side = false }: { title: string; children: ReactNode; actions?: ReactNode; side?: boolean }) {
  return (
    <section className={side ? 'panel side' : 'panel'} aria-label={title}>
      <h2>{title}</h2>
      {children}
      {actions && <div className="actions">{actions}</div>}
    </section>
  );
}

/** A form that is one panel: Enter or its button submits; the form's own problem shows under the fields. */
export function FormPanel({
  title,
  submitLabel,
  pending,
  problem,
  onSubmit,
  children,
}: {
  title: string;
  submitLabel: string;
  pending: boolean;
  problem: string | null;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Panel title={title} actions={<SubmitButton pending={pending}>{submitLabel}</SubmitButton>}>
        {children}
        <FormProblem text={problem} />
      </Panel>
    </form>
  );
}

/** What is wrong with a form, said once under it in the reader's words (nothing when all is well). */
export function FormProblem({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}

/** A form's own button: it submits, and is off while the form is being sent or cannot be sent yet. */
export function SubmitButton({ pending, children, testId }: { pending: boolean; children: ReactNode; testId?: string }) {
  return (
    <button type="submit" className="primary" disabled={pending} data-testid={testId}>
      {children}
    </button>
  );
}

/** A form's buttons under its fields: the one that submits and, where the form can be left, Close after it. */
export function FormActions({
  submitLabel,
  pending,
  onClose,
  className = 'actions',
}: {
  submitLabel: ReactNode;
  pending: boolean;
  onClose?: () => void;
  className?: string;
}) {
  const { t } = useT();
  return (
    <div className={className}>
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      {onClose && (
        <button type="button" className="ghost" onClick={onClose}>
          {t('close')}
        </button>
      )}
    </div>
  );
}
