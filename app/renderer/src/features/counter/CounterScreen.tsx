import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatInr, formatQty } from '../../../../core/format';
import { billingQueries, usePostInvoiceMutation } from '../../api/billing';
import type { ScreenProps } from '../../app/screen';
import { useT } from '../../i18n/i18n';
import { creditWarning, useErrorText } from '../../ui/errors';
import { KeyHints, type KeyHint } from '../../ui/KeyHints';
import { CameraButton } from '../../ui/scanner/CameraScanner';
import { useScanner, useScannerConfig } from '../../ui/scanner/useScanner';
import { SearchBox } from '../../ui/SearchBox';
import { useToast } from '../../ui/Toasts';
import { useWindowKeydown } from '../../ui/useWindowKeydown';
import { CartTable } from './CartTable';
import { cartParams, counterReducer, loadCounterState, saveCounterState, type Product } from './cart-state';
import { AddProductDialog, CustomerDialog, HelpDialog } from './dialogs';
import { HeldBillsDialog, useHeldBills } from './held-bills';
import { LastBill } from './LastBill';
import { ReturnsDialog } from './ReturnsDialog';
import { LinePrompt, type LineQuestion } from './LinePrompt';
import { PaymentPanel } from './PaymentPanel';
import { EMPTY_TENDERS, planTenders, type TenderInputs } from './tenders';
import { TopBar } from './TopBar';
import { useBarcodeLookup } from './useBarcodeLookup';
import { billKeysFree, keyFocus } from './counter-keys';
import { isBillNumberCode } from './bill-code';
import { useCounterDisplay } from './useCounterDisplay';

type Open =
  | { kind: 'help' }
  | LineQuestion
  | { kind: 'customer' }
  | { kind: 'held' }
  | { kind: 'product'; barcode: string | null }
  | { kind: 'returns'; number: string | null };

/** The counter: scan or search, adjust, take payment, F10. Every action has a key and is shown. */
export function CounterScreen({ session, onSwitchUser }: ScreenProps) {
  const { t } = useT();
  const toast = useToast();
  const errorText = useErrorText();
  const [state, dispatch] = useReducer(counterReducer, undefined, loadCounterState);
  const [dialog, setDialog] = useState<Open | null>(null);
  const [inputs, setInputs] = useState<TenderInputs>(EMPTY_TENDERS);
  const [lastId, setLastId] = useState<string | null>(null);
  const [lastNumber, setLastNumber] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);
  // On a phone the payment panel is a sheet over the bill (see PaymentPanel); elsewhere always shown.
  const [sheet, setSheet] = useState(false);
  const [done, setDone] = useState<{ payablePaise: number; changePaise: number } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const payRef = useRef<HTMLInputElement>(null);
  // Past a khata limit the owner set to "warn", the cashier is asked instead of shown an error.
  const post = usePostInvoiceMutation({ meta: { showError: (e) => creditWarning(e) === null } });
  const canOverride = session.user.role !== 'staff';

  const { bill } = state;
  const held = useHeldBills(state, dispatch);
  useEffect(() => {
    saveCounterState(state);
  }, [state]);
  const params = useMemo(() => cartParams(bill), [bill]);
  const quote = useQuery(billingQueries.quote(params));
  // The previous quote stays on screen while the new one loads (no flicker), but a bill is only
  // completed against the quote of the cart as it is now.
  const quoteData = bill.items.length > 0 ? quote.data : undefined;
  const quoteIsCurrent = quoteData !== undefined && !quote.isPlaceholderData;
  const plan = quoteData ? planTenders(quoteData.totals.payablePaise, inputs) : null;
  // F10 pressed a moment after a scan, before the host has priced the new line, is remembered and
  // carried out when the price arrives, never silently dropped.
  const [completeAsked, setCompleteAsked] = useState(false);
  const selected = bill.items[bill.selected];

  const close = () => {
    setDialog(null);
    searchRef.current?.focus();
  };
  const addProduct = (p: Product) => (p.loose ? setDialog({ kind: 'weight', product: p }) : dispatch({ type: 'add', product: p, qtyMilli: 1000 }));
  const lookup = useBarcodeLookup({
    product: addProduct,
    counted: (product, qtyMilli) => dispatch({ type: 'add', product, qtyMilli }),
    unknown: (barcode) => setDialog({ kind: 'product', barcode }),
  });
  // A receipt's barcode opens that bill's return; any other code is a product.
  const onCode = (code: string) => (isBillNumberCode(code) ? setDialog({ kind: 'returns', number: code }) : void lookup(code));
  // A value typed into a dialog (a weight, fast on a keypad) is the dialog's, never a barcode.
  useScanner(onCode, useScannerConfig(), dialog === null);

  useCounterDisplay(bill.items, quoteData, inputs, paying, done);
  // A line added or removed (a scan while paying, hold, posted) shows the bill again on a phone.
  useEffect(() => {
    if (bill.items.length > 0) setDone(null);
    setSheet(false);
  }, [bill.items.length]);
  // The sheet is drawn before the cash box is focused: on a phone the box is hidden until then.
  const openPayment = () => {
    flushSync(() => setSheet(true));
    payRef.current?.focus();
  };

  const postBill = (creditLimitAck: boolean) => {
    if (bill.items.length === 0 || post.isPending) return;
    if (!quoteIsCurrent) return setCompleteAsked(true);
    setCompleteAsked(false);
    if (!plan || plan.error) return;
    post.mutate(
      { clientRef: bill.clientRef, ...params, tenders: plan.tenders, creditLimitAck },
      {
        onSuccess: (inv) => {
          setLastId(inv.id);
          setLastNumber(inv.number);
          setDone({ payablePaise: inv.totals.payablePaise, changePaise: inv.payments.reduce((sum, p) => sum + p.changePaise, 0) });
          setPaying(false);
          setSheet(false);
          dispatch({ type: 'posted' });
          setInputs(EMPTY_TENDERS);
          toast('ok', `${t('billSaved')}: ${inv.number}`);
          searchRef.current?.focus();
        },
        // The bill stays open on screen: nothing is lost, the cashier can fix and retry.
        onError: (e) => {
          const check = creditWarning(e);
          const figures = check && {
            name: bill.customer?.name ?? '',
            balance: formatInr(Math.max(0, check.balancePaise)),
            after: formatInr(check.afterPaise),
            over: formatInr(check.overByPaise),
            limit: formatInr(check.limitPaise),
          };
          if (figures && window.confirm(t('creditPastLimit', figures))) postBill(true);
        },
      },
    );
  };
  const complete = () => postBill(false);

  const hints: KeyHint[] = [
    { key: 'F1', label: t('help'), onPress: () => setDialog({ kind: 'help' }) },
    { key: 'F2', label: t('search'), onPress: () => searchRef.current?.focus() },
    { key: 'F3', label: t('qty'), disabled: !selected, onPress: () => selected && setDialog({ kind: 'qty' }) },
    {
      key: 'F4',
      label: t('discount'),
      disabled: !canOverride || !selected,
      onPress: () => (canOverride ? selected && setDialog({ kind: 'discount' }) : toast('info', t('managerOnly'))),
    },
    { key: 'F5', label: t('customer'), onPress: () => setDialog({ kind: 'customer' }) },
    {
      key: 'F6',
      label: t('hold'),
      disabled: bill.items.length === 0,
      onPress: () => (dispatch({ type: 'hold', payablePaise: quoteData?.totals.payablePaise ?? 0 }), setInputs(EMPTY_TENDERS)),
    },
    { key: 'F7', label: `${t('keyHeld')} (${held.count})`, onPress: () => setDialog({ kind: 'held' }) },
    { key: 'F8', label: t('keyAdd'), disabled: !canOverride, onPress: () => setDialog({ kind: 'product', barcode: null }) },
    { key: 'F9', label: t('pay'), onPress: openPayment },
    { key: 'F10', label: t('keyComplete'), disabled: !plan || Boolean(plan.error), onPress: complete },
    { key: 'F11', label: t('reprint'), disabled: !lastId, onPress: () => reprintRef.current() },
    { key: 'F12', label: t('keyUser'), onPress: onSwitchUser },
    { key: 'Shift+F9', label: t('keyReturns'), onPress: () => setDialog({ kind: 'returns', number: null }) },
    { key: 'Shift+F11', label: t('keyCancelLast'), disabled: !lastNumber, onPress: () => setDialog({ kind: 'returns', number: lastNumber }) },
    { key: 'Del', label: t('keyRemove'), disabled: !selected, onPress: () => dispatch({ type: 'remove', index: bill.selected }) },
  ];
  const reprintRef = useRef<() => void>(() => {});
  const completeRef = useRef(complete);
  completeRef.current = complete;
  const nothingToComplete = quote.isError || bill.items.length === 0;
  useEffect(() => {
    if (!completeAsked) return;
    if (quoteIsCurrent) completeRef.current();
    else if (nothingToComplete) setCompleteAsked(false);
  }, [completeAsked, quoteIsCurrent, nothingToComplete]);

  // Keys pressed straight after a change act on the cart the cashier sees (see useWindowKeydown).
  useWindowKeydown((e) => {
    const fkey = /^F([1-9]|1[0-2])$/.test(e.key);
    const free = billKeysFree(keyFocus(document.activeElement, searchRef.current));
    if (dialog) {
      if (fkey) e.preventDefault();
      return;
    }
    if (e.key === 'Escape' && sheet) setSheet(false);
    else if (fkey) {
      e.preventDefault();
      const name = `${e.shiftKey ? 'Shift+' : ''}${e.key}`;
      if (name === 'F11') reprintRef.current();
      else hints.find((h) => h.key === name)?.onPress?.();
    } else if (e.key === 'Enter' && e.ctrlKey) {
      e.preventDefault();
      complete();
    } else if (e.key === 'Delete' && free && selected) {
      e.preventDefault();
      dispatch({ type: 'remove', index: bill.selected });
    } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && free) {
      e.preventDefault();
      dispatch({ type: 'select', index: bill.selected + (e.key === 'ArrowUp' ? -1 : 1) });
    } else if ((e.key === '+' || e.key === '-') && free && selected && !selected.product.loose) {
      e.preventDefault();
      const next = selected.qtyMilli + (e.key === '+' ? 1000 : -1000);
      if (next > 0) dispatch({ type: 'setQty', index: bill.selected, qtyMilli: next });
    }
  });
  useEffect(() => {
    searchRef.current?.focus();
  }, []);

  return (
    <div className={`counter${sheet ? ' pay-sheet' : ''}`}>
      <TopBar session={session} heldCount={held.count} onHeld={() => setDialog({ kind: 'held' })} onSwitchUser={onSwitchUser} />
      <main className="counter-main">
        <section className="bill">
          <div className="search-row">
            <SearchBox ref={searchRef} onPick={addProduct} onBarcode={onCode} />
            <CameraButton onCode={onCode} />
          </div>
          {quoteData && quoteData.stockWarnings.length > 0 && (
            <div className="stock-warning" data-testid="stock-warning">
              ⚠ {t('stockShort')}:{' '}
              {quoteData.stockWarnings
                .map((w) => `${w.name} (${formatQty(w.onHandMilli, bill.items.find((i) => i.product.id === w.productId)?.product.unit ?? 'pcs')})`)
                .join(', ')}
            </div>
          )}
          <CartTable items={bill.items} selected={bill.selected} quoted={quoteData?.lines} onSelect={(index) => dispatch({ type: 'select', index })} />
          <LastBill invoiceId={lastId} registerReprint={(fn) => (reprintRef.current = fn)} onReturn={(number) => setDialog({ kind: 'returns', number })} />
        </section>
        <PaymentPanel
          quote={quoteData}
          quoteError={bill.items.length > 0 && quote.isError ? errorText(quote.error) : null}
          itemCount={bill.items.length}
          customer={bill.customer}
          inputs={inputs}
          plan={plan}
          onInput={(key, value) => setInputs((i) => ({ ...i, [key]: value }))}
          onComplete={complete}
          busy={post.isPending}
          firstFieldRef={payRef}
          onPayingChange={setPaying}
          sheetOpen={sheet}
          onSheet={setSheet}
          onCustomer={() => setDialog({ kind: 'customer' })}
        />
      </main>
      <KeyHints hints={hints} />

      {dialog?.kind === 'help' && <HelpDialog keys={hints} onClose={close} />}
      {(dialog?.kind === 'weight' || dialog?.kind === 'qty' || dialog?.kind === 'discount') && (
        <LinePrompt
          question={dialog}
          selected={selected}
          index={bill.selected}
          lineAmountPaise={quoteData?.lines[bill.selected]?.amountPaise}
          dispatch={dispatch}
          onClose={close}
        />
      )}
      {dialog?.kind === 'customer' && <CustomerDialog onClose={close} onPick={(customer) => (dispatch({ type: 'customer', customer }), close())} />}
      {dialog?.kind === 'held' && (
        <HeldBillsDialog
          held={held}
          onClose={close}
          onTake={(id) => held.take(id, close)}
          onResumeWaiting={(index) => (dispatch({ type: 'resume', index }), close())}
        />
      )}
      {dialog?.kind === 'returns' && <ReturnsDialog initialNumber={dialog.number} canManage={canOverride} onClose={close} />}
      {dialog?.kind === 'product' && (
        <AddProductDialog
          barcode={dialog.barcode}
          canAdd={canOverride}
          onClose={close}
          onAdded={(p) => {
            close();
            addProduct(p);
          }}
        />
      )}
    </div>
  );
}
