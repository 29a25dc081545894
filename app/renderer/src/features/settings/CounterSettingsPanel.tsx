import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CounterSettings } from '../../../../core/contract';
import { shopQueries, useUpdateShopMutation } from '../../api/shop';
import { useT } from '../../i18n/i18n';
import { FormProblem, Panel, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';

/** Settings → Shop: what every counter of the shop asks before a line goes on the bill. */
export function CounterSettingsPanel() {
  const { t } = useT();
  const toast = useToast();
  const shop = useQuery(shopQueries.get());
  const save = useUpdateShopMutation();
  const [above, setAbove] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (shop.data && above === null) setAbove(String(shop.data.counter.confirmQtyAbove));
  }, [shop.data, above]);
  if (above === null) return null;
  const submit = () => {
    const parsed = CounterSettings.safeParse({ confirmQtyAbove: /^\d+$/.test(above.trim()) ? Number(above.trim()) : NaN });
    if (!parsed.success) return setProblem(t('confirmQtyAboveBad'));
    setProblem(null);
    save.mutate({ counter: parsed.data }, { onSuccess: () => toast('ok', t('saved')) });
  };
  return (
    <Panel
      title={t('counterSettings')}
      side
      actions={
        <button type="button" onClick={submit} disabled={save.isPending} data-testid="save-counter-settings">
          {t('save')}
        </button>
      }
    >
      <TextField label={t('confirmQtyAbove')} name="confirmQtyAbove" inputMode="numeric" value={above} onChange={(v) => (setAbove(v), setProblem(null))} />
      <FormProblem text={problem} />
    </Panel>
  );
}
