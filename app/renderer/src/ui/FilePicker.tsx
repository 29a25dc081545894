import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';

interface Props {
  /** what the file is for, above the button */
  label: string;
  accept: string;
  /** names the hidden input (tests hand it files); the button is `<testId>-button` */
  testId: string;
  onFile: (file: File) => void;
}

/**
 * A file chooser in the reader's language. The browser's own input words its button and its
 * "no file chosen" in the browser's language, whatever the shop's; it stays, hidden, only to open
 * the system's file dialog, and a button and the chosen file's name stand in its place.
 */
export function FilePicker({ label, accept, testId, onFile }: Props) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const id = useId();
  return (
    <div className="field file-picker" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`}>{label}</span>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="file-input"
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // emptied so the same file can be chosen again after a fix
          e.target.value = '';
          if (!file) return;
          setName(file.name);
          onFile(file);
        }}
      />
      <div className="file-row">
        <button type="button" data-testid={`${testId}-button`} aria-describedby={`${id}-name`} onClick={() => input.current?.click()}>
          {t('pickFile')}
        </button>
        <span id={`${id}-name`} className="file-name" data-testid={`${testId}-name`}>
          {name ? t('fileChosen', { name }) : t('noFileChosen')}
        </span>
      </div>
    </div>
  );
}
