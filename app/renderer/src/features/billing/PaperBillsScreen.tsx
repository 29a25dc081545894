import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { formatInr } from '../../../../core/format';
import { billingQueries, paperBillQueries, useEnterPaperBillMutation } from '../../api/billing';
import { useT } from '../../i18n/i18n';
import { DateInput } from '../../ui/DateInput';
import { EntryLineRow, LineInput, useEntryLines } from '../../ui/EntryLines';
import { ProductPicker } from '../../ui/ProductPicker';
import { BackOffice, useFKeys } from '../../ui/ScreenHead';
import { useToast } from '../../ui/Toasts';
import { isLoose, newPaperLine, readLines, dayBefore, type PaperLine } from './paper-lines';
import { NewPaperBook, PaperBillList } from './PaperBooks';
import { DataTable } from '../../ui/DataTable';
import { useShopToday } from '../../ui/shop-today';

type Paid = 'cash' | 'upi' | 'card';
const newRef = () => `paper-${crypto.randomUUID()}`;

/**
 * Bills written by hand (a power cut, a day on paper), entered later by a manager: the date and
 * the book's number as written, the lines typed or scanned as at the counter, how it was paid.
 * F10 saves it into the books, stock and GST returns of that date; the list shows what was entered.
 */
export function PaperBillsScreen() {
  const { t } = useT();
  const toast = useToast();
  const books = useQuery(paperBillQueries.books());
  const enter = useEnterPaperBillMutation();
  const today = useShopToday();
  const [date, setDate] = useState(() => dayBefore(today));
  const [bookId, setBookId] = useState('');
  const [number, setNumber] = useState('');
  const { lines, setLines, set, add, remove } = useEntryLines<PaperLine>();
  const [paid, setPaid] = useState<Paid>('cash');
  const [addingBook, setAddingBook] = useState(false);
  const [clientRef, setClientRef] = useState(newRef);
  const search = useRef<HTMLInputElement>(null);
  const numberInput = useRef<HTMLInputElement>(null);

  const list = books.data ?? [];
  const firstBook = list[0]?.id;
  useEffect(() => {
    if (bookId === '' && firstBook) setBookId(firstBook);
  }, [bookId, firstBook]);

  const read = readLines(lines);
  const quote = useQuery(billingQueries.quote({ lines: read.problem ? [] : read.lines }));
  // A total still being worked out for the lines as now typed is not offered as the tender.
  const settled = !quote.isFetching && !quote.isPlaceholderData;
  const payable = read.problem || lines.length === 0 || !settled ? undefined : quote.data?.totals.payablePaise;

  const save = () => {
    if (!bookId) return toast('error', t('paperChooseBook'));
    if (!number.trim())
      return (toast('error', `${t('paperBillNo')}: ${t('paperBook')} ${list.find((b) => b.id === bookId)?.prefix ?? ''}`), numberInput.current?.focus());
    if (lines.length === 0) return toast('error', t('paperNeedLine'));
    if (read.problem) return toast('error', t(read.problem.kind === 'qty' ? 'paperBadQty' : 'paperBadPrice', { product: read.problem.product }));
    if (payable === undefined) return;
    enter.mutate(
      { clientRef, bookId, number, date, lines: read.lines, tenders: [{ method: paid, amountPaise: payable }] },
      {
        onSuccess: (bill) => {
          toast('ok', t('paperSaved', { number: bill.number, amount: formatInr(bill.totals.payablePaise) }));
          setLines([]);
          setClientRef(newRef());
          // The next bill of the book is usually the next number.
          setNumber(/^\d+$/.test(number.trim()) ? String(Number(number) + 1).padStart(number.trim().length, '0') : '');
          search.current?.focus();
        },
      },
    );
  };
  const keys = [
    { key: 'F2', label: t('scanOrSearch'), onPress: () => search.current?.focus() },
    { key: 'F4', label: t('paperNewBook'), onPress: () => setAddingBook(true), onScreen: true },
    { key: 'F10', label: t('paperSave'), onPress: save, onScreen: true },
  ];
  useFKeys(keys, false);

  return (
    <BackOffice
      title={t('paperBillsTitle')}
      keys={keys}
      actions={
        <>
          <button className="ghost" onClick={() => setAddingBook(true)}>
            <kbd>F4</kbd> {t('paperNewBook')}
          </button>
          <button className="primary" onClick={save} disabled={enter.isPending}>
            <kbd>F10</kbd> {t('paperSave')}
          </button>
        </>
      }
    >
      <p className="muted paper-note">{t('paperLateNote')}</p>
      {addingBook && (
        <NewPaperBook
          onAdded={(id) => {
            setBookId(id);
            setAddingBook(false);
            numberInput.current?.focus();
          }}
          onCancel={() => setAddingBook(false)}
        />
      )}
      {list.length === 0 && !addingBook && <p className="notice">{t('paperNoBooks')}</p>}
      <div className="paper-head">
        <DateInput label={t('paperBillDate')} value={date} onChange={setDate} />
        <label className="field">
          <span>{t('paperBook')}</span>
          <select value={bookId} onChange={(e) => setBookId(e.target.value)}>
            <option value="">{t('paperChooseBook')}</option>
            {list.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name} ({b.prefix}){b.lastNumber ? ` · ${t('paperLastNumber', { number: b.lastNumber })}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('paperBillNo')}</span>
          <input ref={numberInput} value={number} size={8} inputMode="numeric" onChange={(e) => setNumber(e.target.value)} />
        </label>
      </div>
      <ProductPicker inputRef={search} onPick={(p) => add(newPaperLine(p))} />
      <DataTable
        kind="grid"
        className="paper-lines"
        testId="paper-lines"
        empty={t('paperLinesEmpty')}
        head={
          <>
            <th>{t('item')}</th>
            <th>{t('qty')}</th>
            <th>{t('paperRateEach')}</th>
            <th className="num">{t('paperLineAmount')}</th>
            <th />
          </>
        }
      >
        {lines.map((l, i) => (
          <EntryLineRow key={`${l.productId}-${i}`} index={i} name={l.name} unit={l.unit} removeLabel={t('paperRemove')} onRemove={() => remove(i)}>
            <td>
              <LineInput label={t('qty')} index={i} value={l.qty} inputMode="decimal" onChange={(v) => set(i, 'qty', v)} />
              {isLoose(l.unit) && <span className="muted"> {l.unit}</span>}
            </td>
            <td>
              <LineInput label={t('paperRateEach')} index={i} value={l.rate} inputMode="decimal" onChange={(v) => set(i, 'rate', v)} />
            </td>
            <td className="num">{quote.data && !read.problem ? formatInr(quote.data.lines[i]?.totalPaise ?? 0) : '—'}</td>
          </EntryLineRow>
        ))}
      </DataTable>
      <div className="paper-total">
        <label className="field">
          <span>{t('paperPaidBy')}</span>
          <select value={paid} onChange={(e) => setPaid(e.target.value === 'upi' ? 'upi' : e.target.value === 'card' ? 'card' : 'cash')}>
            <option value="cash">{t('paperCash')}</option>
            <option value="upi">{t('upi')}</option>
            <option value="card">{t('card')}</option>
          </select>
        </label>
        <div>
          <span className="muted">{t('paperToPay')} </span>
          <strong data-testid="paper-total">{payable === undefined ? '—' : formatInr(payable)}</strong>
        </div>
      </div>
      <PaperBillList />
    </BackOffice>
  );
}
