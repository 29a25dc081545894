import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { parseQty, parseRupees } from '../../../../core/format';
import { shopQueries } from '../../api/shop';
import { useT } from '../../i18n/i18n';
import { PromptDialog } from '../../ui/Dialog';
import type { CartAction, CartItem, Product } from './cart-state';
import { checkDiscount, checkQty, DEFAULT_CONFIRM_QTY, needsQtyConfirm, qtyConfirmWords, type LineRefusal } from './line-checks';

/** What the counter asks about one line: a loose item's weight, a quantity, a discount. */
export type LineQuestion = { kind: 'weight'; product: Product } | { kind: 'qty' } | { kind: 'discount' };

/** The one-value dialog for a line; a value it cannot take is said under the field, and the dialog stays. */
export function LinePrompt({
  question,
  selected,
  index,
  lineAmountPaise,
  dispatch,
  onClose,
}: {
  question: LineQuestion;
  /** the cart line the qty and discount questions are about */
  selected: CartItem | undefined;
  index: number;
  /** the selected line's amount before discount, as the host priced it */
  lineAmountPaise: number | undefined;
  dispatch: (action: CartAction) => void;
  onClose: () => void;
}) {
  const { t } = useT();
  // The shop sets the limit once (Settings → Shop) for every counter.
  const limit = useQuery(shopQueries.get()).data?.counter.confirmQtyAbove ?? DEFAULT_CONFIRM_QTY;
  const [error, setError] = useState<string | null>(null);
  // A very large quantity is taken only when the same value is entered a second time.
  const [confirming, setConfirming] = useState<number | null>(null);
  const refuse = (r: LineRefusal) => setError(t(r.key, r.params));
  /** true when the quantity may go on the bill now */
  const qtyAccepted = (product: Product, qty: number | undefined): qty is number => {
    const refusal = checkQty(product, qty);
    if (refusal) return (refuse(refusal), false);
    if (qty === undefined || !needsQtyConfirm(qty, limit) || confirming === qty) return qty !== undefined;
    setConfirming(qty);
    setError(t('qtyConfirm', qtyConfirmWords(product, qty, limit)));
    return false;
  };
  if (question.kind === 'weight') {
    return (
      <PromptDialog
        title={question.product.name}
        label={t('weightPrompt')}
        error={error}
        onClose={onClose}
        onSubmit={(v) => {
          const qty = parseQty(v, 'kg');
          if (!qtyAccepted(question.product, qty)) return;
          dispatch({ type: 'add', product: question.product, qtyMilli: qty });
          onClose();
        }}
      />
    );
  }
  if (!selected) return null;
  if (question.kind === 'qty') {
    return (
      <PromptDialog
        title={selected.product.name}
        label={selected.product.loose ? t('weightPrompt') : t('qtyPrompt')}
        error={error}
        onClose={onClose}
        onSubmit={(v) => {
          const qty = parseQty(v, selected.product.loose ? 'kg' : 'pcs');
          if (!qtyAccepted(selected.product, qty)) return;
          dispatch({ type: 'setQty', index, qtyMilli: qty });
          onClose();
        }}
      />
    );
  }
  return (
    <PromptDialog
      title={selected.product.name}
      label={t('discountPrompt')}
      error={error}
      onClose={onClose}
      onSubmit={(v) => {
        const paise = parseRupees(v);
        const refusal = checkDiscount(selected.product, paise, lineAmountPaise);
        if (refusal || paise === undefined) return refuse(refusal ?? { key: 'discountNotAmount', params: {} });
        dispatch({ type: 'setDiscount', index, discountPaise: paise });
        onClose();
      }}
    />
  );
}
