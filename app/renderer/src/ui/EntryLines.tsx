import { useState, type InputHTMLAttributes, type ReactNode } from 'react';

/** Lines typed into a form one by one: kept in order, each field edited in place, any line removed. */
export function useEntryLines<L extends object>() {
  const [lines, setLines] = useState<L[]>([]);
  const set = <K extends keyof L>(i: number, key: K, value: L[K]) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, [key]: value } : l)));
  const add = (line: L) => setLines((ls) => [...ls, line]);
  const remove = (i: number) => setLines((ls) => ls.filter((_, j) => j !== i));
  return { lines, setLines, set, add, remove };
}

/** One typed line's row: the product with its unit, the line's own cells, and ✕ named "<removeLabel> <row number>". */
export function EntryLineRow(props: { index: number; name: string; unit: string; removeLabel: string; onRemove: () => void; children: ReactNode }) {
  return (
    <tr>
      <td>
        {props.name}
        <div className="muted">{props.unit}</div>
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

/** A line's text field, named with its row number so a reader (and a test) can tell the rows apart. */
export function LineInput({ label, index, value, onChange, ...rest }: LineInputProps) {
  return <input aria-label={`${label} ${index + 1}`} value={value} onChange={(e) => onChange(e.target.value)} {...rest} />;
}
