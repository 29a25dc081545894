import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { useWindowKeydown } from './useWindowKeydown';
import { SubmitButton } from './fields';

/** A modal that traps focus on open and closes with Esc. */
export function Dialog({ title, onClose, children, wide = false }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  // Focus the first thing to act on in the body (a field, a list), not the header's close button,
  // so the keys a cashier presses next (digits, 1–9 to pick) reach it.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const body = ref.current?.querySelector('.dialog-body');
    const el = body?.querySelector<HTMLElement>('input, select, textarea, [tabindex], button') ?? ref.current?.querySelector<HTMLElement>('button');
    el?.focus();
    // Closed, the focus goes back where it was (the field or button that opened the dialog), unless the screen moved it on purpose.
    return () => {
      const now = document.activeElement;
      if ((now === null || now === document.body) && before?.isConnected) before.focus();
    };
  }, []);
  // Esc closes the dialog wherever the focus is, also after a button it was on became disabled.
  useWindowKeydown((e) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  });
  return (
    <div className="overlay">
      <div className={`dialog ${wide ? 'wide' : ''}`} role="dialog" aria-modal="true" aria-label={title} ref={ref}>
        <header>
          <h2>{title}</h2>
          <button className="ghost" onClick={onClose} aria-label={t('close')}>
            Esc ✕
          </button>
        </header>
        <div className="dialog-body">{children}</div>
      </div>
    </div>
  );
}

/** One value asked for in the app's own dialog (Electron has no window.prompt): a quantity, a weight, a reason; numbers by default, `text` for words. */
export function PromptDialog({
  title,
  label,
  initial = '',
  onSubmit,
  onClose,
  error,
  text = false,
}: {
  title: string;
  label: string;
  initial?: string;
  onSubmit: (value: string) => void;
  onClose: () => void;
  error?: string | null;
  text?: boolean;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(new FormData(e.currentTarget).get('value')?.toString() ?? '');
        }}
      >
        <label className="field">
          <span>{label}</span>
          <input name="value" defaultValue={initial} autoComplete="off" inputMode={text ? 'text' : 'decimal'} className="big-input" />
        </label>
        {error && <p className="error">{error}</p>}
        <div className="actions">
          <button type="submit" className="primary">
            Enter ↵
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** A dialog form's buttons: Close, and the action that submits the form (off while it is being sent). */
export function DialogActions({ onClose, submitLabel, pending }: { onClose: () => void; submitLabel: string; pending: boolean }) {
  const { t } = useT();
  return (
    <div className="actions">
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </div>
  );
}
