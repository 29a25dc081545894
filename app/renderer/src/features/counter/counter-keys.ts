/** Where the keyboard is when a bill key (+, −, Delete, ↑ ↓) is pressed. */
export interface KeyFocus {
  /** an input, text area or select has the focus */
  inField: boolean;
  /** that field is the counter's search box */
  isSearch: boolean;
  value: string;
}

export function keyFocus(active: Element | null, search: Element | null): KeyFocus {
  const field = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement;
  return { inField: field, isSearch: field && active === search, value: field ? active.value : '' };
}

/**
 * Bill keys change the selected line only when no field would take the key: nothing focused, or
 * the empty search box (where the cashier lands after each scan). A payment box, even empty, is
 * for money only.
 */
export function billKeysFree(f: KeyFocus): boolean {
  return !f.inField || (f.isSearch && f.value === '');
}
