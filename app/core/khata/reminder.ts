import { formatAmount } from '../format/inr';
import { formatDate } from '../format/date';
import { upiPayLink } from '../payments/upi';
import type { Paise } from '../money';

/**
 * The khata reminder a shop sends: the amount due in words a customer trusts, a upi:// link for
 * exactly that amount, shared by WhatsApp (wa.me) or as an SMS. Written in the customer's language.
 */
export interface ReminderInput {
  shopName: string;
  /** the name the customer's UPI app shows (the shop's name when none is given) */
  payeeName?: string;
  shopPhone: string;
  upiVpa: string | null;
  customerName: string;
  customerPhone: string;
  duePaise: Paise;
  asOf: string;
  /** the date of the oldest unpaid bill, for "since …" */
  oldestDue: string | null;
  lang: 'en' | 'hi';
  /**
   * the shop's pay page for this reminder (QR and a tap-to-pay button): WhatsApp makes an https
   * link tappable but leaves upi:// as plain text, so the message carries this when the host has one
   */
  payPageUrl?: string | null;
}

export interface Reminder {
  text: string;
  upiLink: string | null;
  payPageUrl: string | null;
  whatsappUrl: string;
  smsUrl: string;
}

/** wa.me and sms: want the number with the country code: a 10-digit Indian mobile gets 91. */
export function internationalPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 10 ? `91${digits}` : digits;
}

export function khataReminder(r: ReminderInput): Reminder {
  // A Hindi message is sent as Unicode anyway, so it carries the rupee sign; an English SMS keeps to
  // the GSM alphabet (a ₹ would make every part of it half as long), so it says Rs.
  const amount = `${r.lang === 'hi' ? '₹' : 'Rs. '}${formatAmount(r.duePaise)}`;
  const upiLink = r.upiVpa
    ? upiPayLink({ vpa: r.upiVpa, payeeName: r.payeeName ?? r.shopName, amountPaise: r.duePaise, note: `Khata ${r.customerName}`.slice(0, 50), mcc: '5411' })
    : null;
  const since = r.oldestDue ? formatDate(r.oldestDue) : null;
  const payPageUrl = upiLink ? (r.payPageUrl ?? null) : null;
  const payLine = payPageUrl ?? upiLink;
  const lines =
    r.lang === 'hi'
      ? [
          `नमस्ते ${r.customerName} जी,`,
          `${r.shopName} के खाते में ${formatDate(r.asOf)} तक आपका बकाया ${amount} है${since ? ` (${since} से)` : ''}।`,
          ...(payLine ? [`UPI से तुरंत भुगतान करें: ${payLine}`] : []),
          `धन्यवाद। ${r.shopPhone}`,
        ]
      : [
          `Namaste ${r.customerName},`,
          `Your khata at ${r.shopName} shows ${amount} due as on ${formatDate(r.asOf)}${since ? ` (oldest bill ${since})` : ''}.`,
          ...(payLine ? [`Pay by UPI: ${payLine}`] : []),
          `Thank you. ${r.shopPhone}`,
        ];
  const text = lines.join('\n');
  const phone = internationalPhone(r.customerPhone);
  return {
    text,
    upiLink,
    payPageUrl,
    whatsappUrl: `https://wa.me/${phone}?text=${encodeURIComponent(text)}`,
    smsUrl: `sms:${phone ? `+${phone}` : ''}?body=${encodeURIComponent(text)}`,
  };
}
