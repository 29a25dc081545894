import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, formatDateTime, formatInr } from '../../../../core/format';
import { paperBillQueries, useAddPaperBookMutation } from '../../api/billing';
import { useT } from '../../i18n/i18n';
import { DataTable } from '../../ui/DataTable';
import { useToast } from '../../ui/Toasts';
import { FormActions } from '../../ui/fields';

/** A new paper book: its name, its series and the first number printed in it. */
export function NewPaperBook({ onAdded, onCancel }: { onAdded: (id: string) => void; onCancel: () => void }) {
  const { t } = useT();
  const toast = useToast();
  const add = useAddPaperBookMutation();
  const [name, setName] = useState('');
  const [prefix, setPrefix] = useState('');
  const [first, setFirst] = useState('001');
  const save = () =>
    add.mutate(
      { name, prefix, firstNumber: first },
      {
        onSuccess: (b) => {
          toast('ok', `${t('paperBookAdded')}: ${b.name} (${b.prefix})`);
          onAdded(b.id);
        },
      },
    );
  return (
    <form
      className="card filters"
      aria-label={t('paperNewBook')}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label className="field">
        <span>{t('paperBookName')}</span>
        <input value={name} autoFocus onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('paperBookPrefix')}</span>
        <input value={prefix} size={10} autoCapitalize="characters" onChange={(e) => setPrefix(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('paperFirstNumber')}</span>
        <input value={first} size={6} inputMode="numeric" onChange={(e) => setFirst(e.target.value)} />
      </label>
      <FormActions className="bo-actions" submitLabel={t('paperAddBook')} pending={add.isPending} onClose={onCancel} />
    </form>
  );
}

/** The bills entered from paper books, newest entered first, with who entered them and when. */
export function PaperBillList() {
  const { t } = useT();
  const bills = useQuery(paperBillQueries.bills());
  const list = bills.data ?? [];
  return (
    <section aria-label={t('paperEntered')}>
      <h2>{t('paperEntered')}</h2>
      {list.length === 0 ? (
        <p className="muted">{t('paperNoneYet')}</p>
      ) : (
        <DataTable
          kind="grid"
          testId="paper-bills"
          head={
            <>
              <th>{t('paperBillNo')}</th>
              <th>{t('date')}</th>
              <th>{t('paperBook')}</th>
              <th>{t('customer')}</th>
              <th className="num">{t('paperToPay')}</th>
              <th>{t('paperEnteredBy')}</th>
              <th>{t('paperEnteredAt')}</th>
            </>
          }
        >
          {list.map((b) => (
            <tr key={b.invoiceId}>
              <td>{b.number}</td>
              <td>{formatDate(b.date)}</td>
              <td>{b.bookName}</td>
              <td>{b.customerName ?? t('walkIn')}</td>
              <td className="num">{formatInr(b.payablePaise)}</td>
              <td>{b.enteredBy}</td>
              <td>{formatDateTime(b.enteredAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
