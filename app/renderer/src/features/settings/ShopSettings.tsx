import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { shopQueries, useCheckSetupMutation, useLeaveDemoMutation, useSaveIdentityMutation } from '../../api/shop';
import { useT } from '../../i18n/i18n';
import type { ScreenProps } from '../../app/screen';
import { useErrorText } from '../../ui/errors';
import { Panel } from '../../ui/fields';
import { GstFields, NumberFields, ShopNameFields, UpiFields, type IdentityDraft } from '../../ui/shop-identity';
import { useToast } from '../../ui/Toasts';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { CounterSettingsPanel } from './CounterSettingsPanel';
import { followDraft } from './follow-draft';

/** Settings → Shop: the owner changes the shop's identity and numbering (F10 saves); the demo can be left from here. */
export function ShopSettings({ onSwitchUser }: ScreenProps) {
  const { t } = useT();
  const toast = useToast();
  const errorText = useErrorText();
  const shop = useQuery(shopQueries.get());
  const status = useQuery(shopQueries.status());
  const numbers = useQuery(shopQueries.nextNumbers());
  const [d, setD] = useState<IdentityDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLParagraphElement>(null);
  // F10 saves from anywhere on the long form: a refusal is brought into view.
  useEffect(() => {
    if (problem) problemRef.current?.scrollIntoView({ block: 'center' });
  }, [problem]);
  const [testLink, setTestLink] = useState<string | null>(null);
  const save = useSaveIdentityMutation({ meta: { showError: false } });
  const check = useCheckSetupMutation({ meta: { showError: false } });
  const leave = useLeaveDemoMutation();

  // The form starts from fresh numbers, never a cached reading the counter has since passed; later
  // readings (bills made while the screen is open, a change on another device) reach every field
  // the owner has not typed in.
  const fresh = !shop.isFetching && !numbers.isFetching;
  const hostDraft = useMemo<IdentityDraft | null>(() => {
    if (!shop.data || !numbers.data) return null;
    const s = shop.data;
    return {
      name: s.name,
      legalName: s.legalName,
      address: s.address,
      stateCode: s.stateCode,
      phone: s.phone,
      registration: s.gstin === null ? 'unregistered' : s.composition ? 'composition' : 'regular',
      gstin: s.gstin ?? '',
      upiVpa: s.upiVpa ?? '',
      upiPayee: s.upiPayee,
      ...numbers.data,
    };
  }, [shop.data, numbers.data]);
  const [shown, setShown] = useState<IdentityDraft | null>(null);
  useEffect(() => {
    if (!hostDraft || !fresh || hostDraft === shown) return;
    setShown(hostDraft);
    setD((x) => (x && shown ? followDraft(x, shown, hostDraft) : hostDraft));
  }, [hostDraft, fresh, shown]);

  const set = (p: Partial<IdentityDraft>) => {
    setD((x) => (x ? { ...x, ...p } : x));
    setProblem(null);
  };
  const submit = () => {
    if (!d) return;
    save.mutate(
      { shop: d },
      {
        onSuccess: () => {
          toast('ok', t('saved'));
          void numbers.refetch();
        },
        onError: (e) => setProblem(errorText(e)),
      },
    );
  };
  useWindowKeydown((e: KeyboardEvent) => {
    if (e.key !== 'F10') return;
    e.preventDefault();
    submit();
  });
  const leaveDemo = () => {
    if (!window.confirm(t('leaveDemoConfirm'))) return;
    leave.mutate({}, { onSuccess: onSwitchUser });
  };

  if (!d || !status.data) return null;
  return (
    <div className="settings">
      <Panel
        title={t('shopTitle')}
        actions={
          <button type="button" className="primary" onClick={submit} disabled={save.isPending}>
            <kbd>F10</kbd> {t('save')}
          </button>
        }
      >
        <ShopNameFields d={d} set={set} states={status.data.states} />
        <GstFields d={d} set={set} pan={null} fyLabel={status.data.fyLabel} />
        <UpiFields
          d={d}
          set={set}
          testLink={testLink}
          onTest={() =>
            check.mutate(
              { shop: { upiVpa: d.upiVpa, upiPayee: d.upiPayee, name: d.name } },
              { onSuccess: (r) => setTestLink(r.upiTestLink), onError: (e) => setProblem(errorText(e)) },
            )
          }
        />
        <NumberFields d={d} set={set} first={{ sale: null, note: null }} />
        {problem && (
          <p className="error" role="alert" ref={problemRef}>
            {problem}
          </p>
        )}
      </Panel>
      <CounterSettingsPanel />
      {status.data.state === 'demo' && (
        <Panel title={t('demoBanner')} side>
          <button type="button" className="primary" onClick={leaveDemo} disabled={leave.isPending}>
            {t('leaveDemo')}
          </button>
        </Panel>
      )}
    </div>
  );
}
