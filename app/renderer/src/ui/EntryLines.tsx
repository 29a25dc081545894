import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { useUnitName } from '../i18n/names';
import { itemNames } from './ReturnLines';

/** Lines typed into a form one by one: kept in order, each field edited in place, any line removed. */
export function useEntryLines<L extends object>() {
  const [lines, setLines] = useState<L[]>([]);
  const set = <K extends keyof L>(i: number, key: K, value: L[K]) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, [key]: value } : l)));
  const add = (line: L) => setLines((ls) => [...ls, line]);
  const remove = (i: number) => setLines((ls) => ls.filter((_, j) => j !== i));
  return { lines, setLines, set, add, remove };
}

/**
 * One typed line's row: the product as the counter names it (the reader's language first, the other
 * beside it) with its unit word, the line's own cells, and ✕ named "<removeLabel> <row number>".
 */
export function EntryLineRow(props: {
  index: number;
  name: string;
  nameHi?: string | null;
  unit: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  const { lang } = useT();
  const unitName = useUnitName();
  const shown = itemNames(lang, props.name, props.nameHi);
  return (
    <tr>
      <td>
        <div className="item-name">{shown.main}</div>
        {shown.other && <div className="item-alt">{shown.other}</div>}
        <div className="muted">{unitName(props.unit)}</div>
      </td>
      {props.children}
      <td>
        <button className="ghost" aria-label={`${props.removeLabel} ${props.index + 1}`} onClick={props.onRemove}>
          ✕
        </button>
      </td>
    </tr>
  );
}

type LineInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  label: string;
  index: number;
  value: string;
  onChange: (value: string) => void;
};

/** A line's text field, named in the reader's language with its row ("Quantity, line 1") so a reader (and a test) can tell the rows apart. */
export function LineInput({ label, index, value, onChange, ...rest }: LineInputProps) {
  const { t } = useT();
  return <input aria-label={t('lineField', { field: label, line: index + 1 })} value={value} onChange={(e) => onChange(e.target.value)} {...rest} />;
}
