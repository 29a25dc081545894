import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderSVG } from 'uqr';
import { formatInr } from '../../core/format';
import { say } from '../../core/i18n/fail';
import { upiPayLink } from '../../core/payments/upi';
import type { Host } from '../create-host';
import type { BaseHeaders } from './http-api';
import type { RequestTarget } from './request-target';

export const PAY_PAGE = /^\/pay\/([A-Za-z0-9_-]{16,128})$/;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(res: ServerResponse, base: BaseHeaders, status: number, lang: 'en' | 'hi', title: string, body: string) {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title><style>
body{font:18px/1.45 system-ui,sans-serif;margin:0;padding:1.2rem;max-width:28rem;margin:auto;color:#1d2433}
h1{font-size:1.3rem;margin:.2rem 0 .8rem}.amount{font-size:2.2rem;font-weight:700;margin:.4rem 0}
a.pay{display:block;text-align:center;background:#0b6e4f;color:#fff;padding:1rem;border-radius:.6rem;text-decoration:none;font-weight:700;font-size:1.15rem}
.qr svg{width:100%;max-width:18rem;display:block;margin:1rem auto}.muted{color:#5b6478;font-size:.95rem}a.alt{display:block;text-align:center;margin:.8rem 0}
</style></head><body>${body}</body></html>`;
  res.writeHead(status, {
    ...base,
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(Buffer.byteLength(html)),
    'cache-control': 'no-store',
  });
  res.end(html);
}

/**
 * GET /pay/<key>: the page a khata reminder links to. WhatsApp leaves upi:// as plain text, so the
 * message carries this https (or LAN) address instead; the page shows what is due now, a button
 * that opens the phone's UPI app for exactly that amount, an Android intent link as a fallback,
 * and the QR. The key (only its hash is stored) opens this one customer's page until it expires.
 */
export function handlePayPage(host: Host, _req: IncomingMessage, res: ServerResponse, base: BaseHeaders, target: RequestTarget) {
  const key = PAY_PAGE.exec(target.path)?.[1] ?? '';
  const deps = host.deps;
  const link = deps.store.payLinks.get(deps.secrets.hashToken(key));
  if (!link || link.expiresAt <= deps.clock.now().toISOString()) {
    const words = `${say('en', 'khata.pay.expired')}<br>${say('hi', 'khata.pay.expired')}`;
    return page(res, base, 401, 'en', 'SmartKirana', `<p>${words}</p>`);
  }
  const { lang } = link;
  const shop = deps.store.shop.get();
  const customer = deps.store.parties.customer(link.customerId);
  const due = deps.store.journal.balance('DEBTORS', link.customerId);
  const title = say(lang, 'khata.pay.title', { shop: shop.name });
  const titledPage = (body: string) => page(res, base, 200, lang, title, `<h1>${escape(title)}</h1>${body}`);
  if (due <= 0 || !shop.upiVpa) return titledPage(`<p>${escape(say(lang, 'khata.pay.nothingDue', { customer: customer?.name ?? '', shop: shop.name }))}</p>`);
  const amount = formatInr(due);
  const upi = upiPayLink({ vpa: shop.upiVpa, payeeName: shop.name, amountPaise: due, note: `Khata ${customer?.name ?? ''}`.slice(0, 50), mcc: '5411' });
  const intent = `intent://pay${upi.slice('upi://pay'.length)}#Intent;scheme=upi;end`;
  const qr = renderSVG(upi, { ecc: 'M', border: 2 });
  return titledPage(
    `<p>${escape(say(lang, 'khata.pay.due', { customer: customer?.name ?? '', shop: shop.name, amount }))}</p>
<div class="amount" data-amount="${due}">${escape(amount)}</div>
<a class="pay" id="pay" href="${escape(upi)}">${escape(say(lang, 'khata.pay.button', { amount }))}</a>
<a class="alt" id="intent" href="${escape(intent)}">${escape(say(lang, 'khata.pay.android'))}</a>
<div class="qr" role="img" aria-label="UPI QR">${qr}</div>
<p class="muted">${escape(say(lang, 'khata.pay.scan', { vpa: shop.upiVpa }))}</p>`,
  );
}
