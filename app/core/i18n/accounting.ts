import type { Text } from './text';

/** The books' refusals: entries, vouchers, accounts, returns, the cash drawer, closed periods. */
export const ACCOUNTING = {
  'accounting.periodClosed': {
    en: 'The books are closed up to {closedUpto}; {date} cannot take new entries. Post the correction on a later date.',
    hi: 'खाते {closedUpto} तक बंद हैं; {date} की नई एंट्री नहीं हो सकती। सुधार किसी बाद की तारीख पर दर्ज करें।',
  },
  'accounting.periodReversed': { en: 'The period starts ({from}) after it ends ({to})', hi: 'अवधि की शुरुआत ({from}) उसके अंत ({to}) के बाद है' },
  'accounting.entryUnbalanced': {
    en: 'The entry does not balance: debit {debit}, credit {credit}',
    hi: 'एंट्री बराबर नहीं है: नामे {debit}, जमा {credit}',
  },
  'accounting.beyondBooksLimit': {
    en: 'This would take an account in the books past {limit}; nothing was saved. Check the amount',
    hi: 'इससे खाते की रकम {limit} से ज़्यादा हो जाएगी; कुछ सेव नहीं हुआ। रकम जाँचें',
  },
  'accounting.entryTooShort': { en: 'An entry needs at least two lines', hi: 'एंट्री में कम से कम दो पंक्तियाँ होनी चाहिए' },
  'accounting.receivedNotPositive': { en: 'The amount received must be more than 0', hi: 'मिली हुई रकम 0 से ज़्यादा होनी चाहिए' },
  'accounting.paidNotPositive': { en: 'The amount paid must be more than 0', hi: 'दी गई रकम 0 से ज़्यादा होनी चाहिए' },
  'accounting.expenseNotPositive': { en: 'The expense amount must be more than 0', hi: 'खर्च की रकम 0 से ज़्यादा होनी चाहिए' },
  'accounting.movedNotPositive': { en: 'The amount moved must be more than 0', hi: 'भेजी गई रकम 0 से ज़्यादा होनी चाहिए' },
  'accounting.settlementNotPositive': { en: 'The settlement must be more than 0', hi: 'सेटलमेंट की रकम 0 से ज़्यादा होनी चाहिए' },
  'accounting.payToSameAccount': {
    en: 'Pay to an account other than the one the money leaves',
    hi: 'जिस खाते से पैसा जा रहा है, उससे अलग खाते में भुगतान करें',
  },
  'accounting.taxNegative': { en: 'Tax amounts cannot be below 0', hi: 'टैक्स की रकम 0 से कम नहीं हो सकती' },
  'accounting.igstOrCgst': { en: 'A bill charges either IGST or CGST + SGST, not both', hi: 'बिल पर या तो IGST लगता है या CGST + SGST, दोनों नहीं' },
  'accounting.cgstEqualsSgst': { en: 'CGST and SGST are always the same amount', hi: 'CGST और SGST की रकम हमेशा बराबर होती है' },
  'accounting.contraSameAccount': {
    en: 'A contra moves money between two different accounts',
    hi: 'कॉन्ट्रा एंट्री दो अलग खातों के बीच पैसा भेजती है',
  },
  'accounting.lineAmountWhole': { en: 'Line {line}: amounts must be whole paise, not below 0', hi: 'पंक्ति {line}: रकम पूरे पैसों में हो और 0 से कम न हो' },
  'accounting.lineOneSide': { en: 'Line {line}: give either a debit or a credit', hi: 'पंक्ति {line}: या तो नामे दें या जमा' },
  'accounting.lineNeedsCustomer': { en: 'Line {line}: choose the customer for this line', hi: 'पंक्ति {line}: इस पंक्ति के लिए ग्राहक चुनें' },
  'accounting.lineNeedsSupplier': { en: 'Line {line}: choose the supplier for this line', hi: 'पंक्ति {line}: इस पंक्ति के लिए सप्लायर चुनें' },
  'accounting.settlementAboveCollected': {
    en: 'A settlement cannot be more than what was collected',
    hi: 'सेटलमेंट जमा हुई रकम से ज़्यादा नहीं हो सकता',
  },
  'accounting.returnNothing': { en: 'Choose at least one line to return', hi: 'लौटाने के लिए कम से कम एक पंक्ति चुनें' },
  'accounting.billHasNoLine': { en: 'The bill has no line {line}', hi: 'बिल में पंक्ति {line} नहीं है' },
  'accounting.lineTwice': { en: 'Line {line} is listed twice', hi: 'पंक्ति {line} दो बार दी गई है' },
  'accounting.returnQtyNotPositive': { en: 'Return quantity of {product} must be more than 0', hi: '{product} की वापसी मात्रा 0 से ज़्यादा होनी चाहिए' },
  'accounting.chargeOnlyWithGoods': {
    en: 'The delivery charge is refunded only with the goods: return all the goods left on the bill and it comes back with them',
    hi: 'डिलीवरी शुल्क सामान के साथ ही लौटता है: बिल पर बचा सारा सामान लौटाएँ, शुल्क उसके साथ लौट आएगा',
  },
  'accounting.chargeWhole': { en: 'The delivery charge comes back whole, not in part', hi: 'डिलीवरी शुल्क पूरा ही लौटता है, आधा-अधूरा नहीं' },
  'accounting.returnMoreThanLeft': {
    en: '{product}: only {left} of {sold} is left to return on this bill',
    hi: '{product}: इस बिल पर {sold} में से सिर्फ़ {left} ही लौटाया जा सकता है',
  },
  'accounting.walkInNoKhata': {
    en: 'A walk-in customer’s return is refunded, not put on khata',
    hi: 'बिना खाते वाले ग्राहक की वापसी का पैसा लौटाया जाता है, खाते में नहीं डाला जाता',
  },
  'accounting.futureDate': { en: 'A voucher cannot be dated in the future', hi: 'वाउचर की तारीख आगे की नहीं हो सकती' },
  'accounting.accountRetired': {
    en: '{account} is retired; make it active again to post to it',
    hi: '{account} बंद है; इसमें एंट्री के लिए इसे फिर से चालू करें',
  },
  'accounting.notMoneyAccount': { en: '{account} is not a cash or bank account', hi: '{account} नकद या बैंक खाता नहीं है' },
  'accounting.notBankAccount': { en: '{account} is not a bank account', hi: '{account} बैंक खाता नहीं है' },
  'accounting.notCashAccount': { en: '{account} is not a cash account', hi: '{account} नकद खाता नहीं है' },
  'accounting.notExpenseAccount': { en: '{account} is not an expense account', hi: '{account} खर्च का खाता नहीं है' },
  'accounting.partiesHaveTheirOwn': {
    en: 'Customers and suppliers are kept under the khata and creditors accounts; add the customer or supplier instead',
    hi: 'ग्राहक और सप्लायर खाता (उधार) और लेनदार खातों में रखे जाते हैं; इसकी जगह ग्राहक या सप्लायर जोड़ें',
  },
  'accounting.accountNameTaken': { en: 'An account named {name} already exists', hi: '{name} नाम का खाता पहले से है' },
  'accounting.systemGroupFixed': {
    en: '{account} is a system account: its group cannot change',
    hi: '{account} सिस्टम खाता है: इसका समूह नहीं बदल सकता',
  },
  'accounting.systemAlwaysActive': {
    en: '{account} is a system account the app posts to; it cannot be retired',
    hi: '{account} सिस्टम खाता है जिसमें ऐप एंट्री करता है; इसे बंद नहीं किया जा सकता',
  },
  'accounting.controlGroupsFixed': {
    en: 'Only the khata and creditors control accounts hold customers and suppliers',
    hi: 'ग्राहक और सप्लायर सिर्फ़ खाता (उधार) और लेनदार खातों में ही रहते हैं',
  },
  'accounting.retireWithBalance': {
    en: '{account} still has a balance; move it to another account before retiring it',
    hi: '{account} में अभी बाकी रकम है; बंद करने से पहले उसे दूसरे खाते में डालें',
  },
  'accounting.closeUpToYesterday': {
    en: 'Close the books only up to yesterday or earlier: today is still being billed',
    hi: 'खाते सिर्फ़ कल या उससे पहले तक बंद करें: आज की बिक्री अभी चल रही है',
  },
  'accounting.voucherReversed': { en: 'Voucher {number} was already reversed', hi: 'वाउचर {number} पहले ही उलटा जा चुका है' },
  'accounting.periodBackwards': { en: 'The period starts after it ends', hi: 'अवधि की शुरुआत उसके अंत के बाद है' },
  'accounting.drawerOpen': { en: 'The cash drawer is already open; close it first', hi: 'कैश ड्रॉअर पहले से खुला है; पहले उसे बंद करें' },
  'accounting.drawerNotOpen': { en: 'The cash drawer is not open', hi: 'कैश ड्रॉअर खुला नहीं है' },
  'accounting.payPartyByVoucher': {
    en: 'To pay a supplier, name the supplier; to refund a customer, use a credit note or a journal',
    hi: 'सप्लायर को भुगतान के लिए सप्लायर चुनें; ग्राहक को पैसा लौटाने के लिए क्रेडिट नोट या जर्नल एंट्री करें',
  },
  'accounting.paidOrOwed': {
    en: 'Say either where the bill was paid from, or which supplier it is owed to',
    hi: 'बताएँ कि बिल किस खाते से चुकाया गया, या किस सप्लायर का बकाया है',
  },
  'accounting.billCancelledNoReturn': {
    en: 'Bill {number} is cancelled; nothing on it can be returned',
    hi: 'बिल {number} रद्द है; इस पर कुछ वापस नहीं हो सकता',
  },
} as const satisfies Record<`accounting.${string}`, Text>;
