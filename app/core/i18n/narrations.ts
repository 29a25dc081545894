import type { Text } from './text';

/**
 * The books' own narrations, said in the reader's language when an entry is read. The English
 * text is also what the entry stores (Tally's export and older readers show it), so it stays as the
 * books have always written it. A narration a user typed is never one of these.
 */
export const NARRATIONS = {
  'narration.sale': { en: 'Sale {number}', hi: 'बिक्री {number}' },
  'narration.salePaper': { en: 'Sale {number} (paper bill)', hi: 'बिक्री {number} (कागज़ी बिल)' },
  'narration.cancelled': { en: 'Cancelled {number}: {reason}', hi: '{number} रद्द: {reason}' },
  'narration.creditNote': { en: 'Credit note {number} against {invoice}: {reason}', hi: 'बिल {invoice} पर क्रेडिट नोट {number}: {reason}' },
  'narration.voucher': { en: '{kind} {number}', hi: '{kind} {number}' },
  'narration.reversal': { en: 'Reversal of {number}: {reason}', hi: '{number} उलटा गया: {reason}' },
  'narration.drawerOpenedOver': {
    en: 'Drawer opened: counted {counted}, books {book}, cash over {difference}',
    hi: 'ड्रॉअर खुला: गिना {counted}, खाते में {book}, नकद {difference} ज़्यादा',
  },
  'narration.drawerOpenedShort': {
    en: 'Drawer opened: counted {counted}, books {book}, cash short {difference}',
    hi: 'ड्रॉअर खुला: गिना {counted}, खाते में {book}, नकद {difference} कम',
  },
  'narration.drawerClosedOver': {
    en: 'Drawer closed: counted {counted}, books {book}, cash over {difference}',
    hi: 'ड्रॉअर बंद: गिना {counted}, खाते में {book}, नकद {difference} ज़्यादा',
  },
  'narration.drawerClosedShort': {
    en: 'Drawer closed: counted {counted}, books {book}, cash short {difference}',
    hi: 'ड्रॉअर बंद: गिना {counted}, खाते में {book}, नकद {difference} कम',
  },
  'narration.paidSupplier': { en: 'Paid {party}', hi: '{party} को भुगतान' },
  'narration.paidTo': { en: 'Paid to {account}', hi: '{account} का भुगतान' },
  'narration.expense': { en: '{account}', hi: '{account}' },
  'narration.expenseRef': { en: '{account} ({reference})', hi: '{account} ({reference})' },
  'narration.contra': { en: '{from} to {to}', hi: '{from} से {to}' },
  'narration.journal': { en: 'Journal', hi: 'जर्नल' },
  'narration.received': { en: 'Received from {party} ({method})', hi: '{party} से मिला ({method})' },
  'narration.settlementUpi': { en: 'UPI settlement of {dates}: {bankText}', hi: '{dates} का UPI निपटान: {bankText}' },
  'narration.settlementCard': { en: 'Card settlement of {dates}: {bankText}', hi: '{dates} का कार्ड निपटान: {bankText}' },
  'narration.stockAdjustment': { en: 'Stock adjustment ({reasons})', hi: 'स्टॉक सुधार ({reasons})' },
  'narration.stockAdjustmentNote': { en: 'Stock adjustment ({reasons}): {note}', hi: 'स्टॉक सुधार ({reasons}): {note}' },
  'narration.stockTake': { en: 'Stock take: {name}', hi: 'स्टॉक गिनती: {name}' },
  'narration.openingStock': { en: 'Opening stock', hi: 'शुरुआती स्टॉक' },
  'narration.purchase': { en: 'Purchase {invoice} from {supplier}', hi: '{supplier} से खरीद {invoice}' },
  'narration.debitNote': {
    en: 'Debit note {number} to {supplier} against {bill}: {reason}',
    hi: '{supplier} को डेबिट नोट {number}, बिल {bill} पर: {reason}',
  },
  // The words inside a narration that the books store as codes.
  'narration.method.cash': { en: 'cash', hi: 'नकद' },
  'narration.method.upi': { en: 'upi', hi: 'यूपीआई' },
  'narration.method.card': { en: 'card', hi: 'कार्ड' },
  'narration.method.bank': { en: 'bank', hi: 'बैंक' },
  'narration.reason.damage': { en: 'damage', hi: 'टूट-फूट' },
  'narration.reason.theft': { en: 'theft', hi: 'चोरी' },
  'narration.reason.expiry': { en: 'expiry', hi: 'एक्सपायरी' },
  'narration.reason.count': { en: 'count', hi: 'गिनती' },
  'narration.reason.other': { en: 'other', hi: 'अन्य' },
} as const satisfies Record<`narration.${string}`, Text>;
