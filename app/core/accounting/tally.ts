import { stateName } from '../gst/states';
import type { Paise } from '../money/index';

/**
 * Tally's XML import (Gateway of Tally → Import Data): ledger masters under Tally's own groups
 * with their opening balances, then vouchers. Tally signs amounts the other way round from us:
 * a debit is ISDEEMEDPOSITIVE=Yes with a negative AMOUNT, a credit a positive one. A cancelled
 * bill is sent as a cancelled Sales voucher (its number kept, no amounts), not as sale + reversal.
 */
export interface TallyLedger {
  name: string;
  parent: string;
  /** Σ debit − Σ credit before the period */
  openingPaise: Paise;
  gstin?: string | null;
  stateCode?: string | null;
  phone?: string;
}

export interface TallyVoucher {
  date: string;
  type: string;
  number: string | null;
  narration: string;
  cancelled: boolean;
  lines: Array<{ ledger: string; debitPaise: Paise; creditPaise: Paise }>;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const xmlEscape = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

/** Tally's amounts: rupees with two decimals, debit negative. */
export function tallyAmount(signedDebitPaise: Paise): string {
  const v = -signedDebitPaise;
  const abs = Math.abs(v);
  return `${v < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const tag = (name: string, value: string) => `<${name}>${xmlEscape(value)}</${name}>`;

function ledgerXml(l: TallyLedger): string {
  const parts = [
    `<LEDGER NAME="${xmlEscape(l.name)}" ACTION="Create">`,
    `<NAME.LIST>${tag('NAME', l.name)}</NAME.LIST>`,
    tag('PARENT', l.parent),
    tag('ISBILLWISEON', l.parent === 'Sundry Debtors' || l.parent === 'Sundry Creditors' ? 'Yes' : 'No'),
    tag('OPENINGBALANCE', tallyAmount(l.openingPaise)),
  ];
  if (l.gstin) parts.push(tag('PARTYGSTIN', l.gstin), tag('GSTREGISTRATIONTYPE', 'Regular'));
  if (l.stateCode) parts.push(tag('LEDSTATENAME', stateName(l.stateCode)));
  if (l.phone) parts.push(tag('LEDGERMOBILE', l.phone));
  parts.push('</LEDGER>');
  return parts.join('');
}

function voucherXml(v: TallyVoucher): string {
  const parts = [
    `<VOUCHER VCHTYPE="${xmlEscape(v.type)}" ACTION="Create">`,
    tag('DATE', v.date.replace(/-/g, '')),
    tag('VOUCHERTYPENAME', v.type),
    ...(v.number ? [tag('VOUCHERNUMBER', v.number)] : []),
    tag('NARRATION', v.narration),
    tag('PERSISTEDVIEW', 'Accounting Voucher View'),
  ];
  if (v.cancelled) parts.push(tag('ISCANCELLED', 'Yes'));
  else {
    for (const l of v.lines) {
      const signed = l.debitPaise - l.creditPaise;
      parts.push(
        `<ALLLEDGERENTRIES.LIST>${tag('LEDGERNAME', l.ledger)}${tag('ISDEEMEDPOSITIVE', signed > 0 ? 'Yes' : 'No')}${tag('AMOUNT', tallyAmount(signed))}</ALLLEDGERENTRIES.LIST>`,
      );
    }
  }
  parts.push('</VOUCHER>');
  return parts.join('');
}

export function tallyXml(company: string, ledgers: readonly TallyLedger[], vouchers: readonly TallyVoucher[]): string {
  const message = (body: string) => `  <TALLYMESSAGE xmlns:UDF="TallyUDF">${body}</TALLYMESSAGE>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ENVELOPE>',
    '<HEADER><TALLYREQUEST>Import Data</TALLYREQUEST></HEADER>',
    '<BODY><IMPORTDATA>',
    `<REQUESTDESC><REPORTNAME>All Masters</REPORTNAME><STATICVARIABLES>${tag('SVCURRENTCOMPANY', company)}</STATICVARIABLES></REQUESTDESC>`,
    '<REQUESTDATA>',
    ...ledgers.map((l) => message(ledgerXml(l))),
    ...vouchers.map((v) => message(voucherXml(v))),
    '</REQUESTDATA>',
    '</IMPORTDATA></BODY>',
    '</ENVELOPE>',
    '',
  ].join('\n');
}

const VOUCHER_TYPES: Record<string, string> = {
  sales: 'Sales',
  credit_note: 'Credit Note',
  receipt: 'Receipt',
  payment: 'Payment',
  expense: 'Payment',
  contra: 'Contra',
  purchase: 'Purchase',
  purchase_return: 'Debit Note',
};

/** Our voucher types as Tally's: whatever has no counterpart (opening, cash count, settlement …) is a Journal. */
export function tallyVoucherType(voucherType: string): string {
  return VOUCHER_TYPES[voucherType] ?? 'Journal';
}

/** Unique ledger names: a second "Sunita Sharma" becomes "Sunita Sharma (9876543210)". */
export function uniqueName(wanted: string, distinguisher: string, taken: Set<string>): string {
  let name = wanted.trim() || distinguisher;
  if (taken.has(name.toLowerCase())) name = `${name} (${distinguisher})`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${distinguisher} ${n})`;
  taken.add(name.toLowerCase());
  return name;
}
