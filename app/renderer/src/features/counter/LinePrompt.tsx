import { useState } from 'react';
import { parseQty, parseRupees } from '../../../../core/format';
import { useT } from '../../i18n/i18n';
import { PromptDialog } from '../../ui/Dialog';
import type { CartAction, CartItem, Product } from './cart-state';

/** What the counter asks about one line: a loose item's weight, a quantity, a discount. */
export type LineQuestion = { kind: 'weight'; product: Product } | { kind: 'qty' } | { kind: 'discount' };

/** The one-value dialog for a line; a value it cannot take is said under the field, and the dialog stays. */
export function LinePrompt({
  question,
  selected,
  index,
  dispatch,
  onClose,
}: {
  question: LineQuestion;
  /** the cart line the qty and discount questions are about */
  selected: CartItem | undefined;
  index: number;
  dispatch: (action: CartAction) => void;
  onClose: () => void;
}) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  if (question.kind === 'weight') {
    return (
      <PromptDialog
        title={question.product.name}
        label={t('weightPrompt')}
        error={error}
        onClose={onClose}
        onSubmit={(v) => {
          const qty = parseQty(v, 'kg');
          if (!qty) return setError(t('weightPrompt'));
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
          if (!qty || (!selected.product.loose && qty % 1000 !== 0)) return setError(t('qtyPrompt'));
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
        if (paise === undefined || paise < 0) return setError(t('discountPrompt'));
        dispatch({ type: 'setDiscount', index, discountPaise: paise });
        onClose();
      }}
    />
  );
}
