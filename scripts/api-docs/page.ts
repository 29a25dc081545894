import { api } from '../../app/core/contract/api';
import { DATA_AREAS } from '../../app/core/contract/define';
import { ERROR_CODES, type ErrorCode } from '../../app/core/contract/errors';
import { API_PATH, EVENTS_PATH, LANG_HEADER } from '../../app/core/contract/wire';
import { DEMO_PINS, demoCatalog } from '../../app/host/demo/demo-shop';
import { hostEventSource, namedTypes } from './contract-schemas';
import { ALWAYS_POSSIBLE, anchor, areas, BASE_URL, cell, methodNames, methodsSection, SESSION_ERRORS, typesSection } from './methods';

const code = (text: string): string => `\`${text}\``;
const methodLink = (m: string): string => `[${m}](#${anchor(m)})`;

function intro(): string {
  const count = methodNames().length;
  return `# SmartKirana API

<!-- Generated from app/core/contract by \`npm run docs:api\`. Do not edit by hand: tests/contract/api-docs.test.ts fails when this page and the contract disagree. -->

Every screen uses this one API: the counter PC's window (over Electron IPC), the manager's tablet and the owner's phone (over HTTP and WebSocket on the shop's Wi-Fi), and the tests (in-process). All of them reach the same ${count} methods through one dispatcher, so this page holds for each; the examples use HTTP.

- [Calling the API](#calling-the-api)
- [Events](#events)
- [Errors](#errors)
- [Methods](#methods): ${areas()
    .map((a) => `[${a}](#${anchor(a)})`)
    .join(' · ')}
- [Types](#types)`;
}

function calling(): string {
  const demoIds = demoCatalog.map((item) => item.product.id ?? '');
  const publicMethods = methodNames().filter((m) => api[m].access === 'public');
  return `## Calling the API

### Where the host listens

\`npm start\` serves ${code(BASE_URL)} on the counter PC (\`npm start -- --port 5000\` picks another port). To let a tablet or phone on the shop's Wi-Fi in, start it with \`npm start -- --lan\` and use the PC's address on the network, e.g. \`http://192.168.1.20:4747\`.

### Requests

- \`POST ${API_PATH}<method>\`, e.g. \`POST ${API_PATH}billing.quote\`. Any other HTTP method answers \`405\`.
- The body is a JSON object holding the method's parameters: \`{}\` (or an empty body) when it takes none. At most 1 MB, UTF-8.
- \`Authorization: Bearer <token>\` on every method except the public ones (${publicMethods.map(methodLink).join(', ')}).
- \`${LANG_HEADER}: hi\` for replies worded in Hindi (error words, exported files); \`en\` or no header for English. Over Electron IPC the envelope carries it as \`lang\`.

### Replies

Always JSON, in one of two shapes:

\`\`\`json
{ "ok": true, "result": { "…": "the method's result" } }
{ "ok": false, "error": { "code": "TENDER_MISMATCH", "message": "…", "key": "billing.paymentsDiffer", "params": { "paid": "₹280.00", "payable": "₹285.00" }, "details": { "…": "optional" } } }
\`\`\`

A success is HTTP \`200\`; a failure carries the HTTP status of its code (see [Errors](#errors)), so a client may look at either. \`message\` is in English, for logs and tools; a screen shows \`key\` (a message of \`app/core/i18n\`, in English and Hindi) with its \`params\` filled in, whose words (a field's name) are already in the request's language. \`details\` is optional data for programs: for \`BAD_PARAMS\`, \`field\` is the path of the first refused field (\`lines.0.qtyMilli\`), \`fields\` each refused field with its message, and \`issues\` zod's own list.

### Logging in

1. ${methodLink('auth.users')} lists who may log in (no token needed).
2. ${methodLink('auth.login')} with that user's id and PIN answers a \`token\`. Send it as \`Authorization: Bearer <token>\` from then on; it stays valid until ${methodLink('auth.logout')}.

\`\`\`sh
curl -s ${BASE_URL}/api/auth.users -H 'content-type: application/json' -d '{}'
curl -s ${BASE_URL}/api/auth.login -H 'content-type: application/json' \\
  -d '{"userId":"<id from auth.users>","pin":"${DEMO_PINS.staff}","deviceId":"tablet-7f3a9c21","deviceName":"Tablet"}'
export TOKEN=<result.token from the reply>
\`\`\`

Make \`deviceId\` once per device and keep it: the first login from a device registers it and gives it its own bill-number series (\`C1/2627/00001\` at the counter, \`T1/2627/00001\` on the tablet), so two devices never need to agree on the next number. A new install has a demo shop whose PINs are ${DEMO_PINS.owner} (owner), ${DEMO_PINS.manager} (manager) and ${DEMO_PINS.staff} (staff); its products have the ids ${code(demoIds[0] ?? '')} to ${code(demoIds.at(-1) ?? '')}, which the examples below use.

### Roles

\`staff\` < \`manager\` < \`owner\`. A method open to a role is open to the roles above it (\`manager+\` means a manager or the owner). Some methods also check finer permissions inside: staff may post a bill at catalogue prices, but changing a price or giving a discount in it needs a manager, and is answered with \`FORBIDDEN\` otherwise.

### Units on the wire

| What | Sent as | Example |
|---|---|---|
| Money | integer paise | ₹285.50 → \`28550\` |
| Quantity | integer milli-units of the product's unit | 2 packs → \`2000\`, 750 g of a product sold by the kg → \`750\` |
| Tax rate | basis points | 18% → \`1800\` |
| Date | \`YYYY-MM-DD\`, India time | \`2026-11-24\` |
| Instant | ISO 8601, UTC | \`2026-11-24T05:30:00.000Z\` |

### Retrying safely

- \`DB_BUSY\` means another program held the shop file and nothing was written: try again.
- \`DISK_FULL\` means the computer's disk is full and nothing was written: try again once space is freed (no restart needed).
- ${methodLink('billing.postInvoice')} takes a \`clientRef\` made once per bill. Send the same one when retrying after a timeout or a dropped connection: the host answers with the bill already posted instead of posting it twice.`;
}

function events(): string {
  const rows = DATA_AREAS.map((area) => {
    const changers = methodNames().filter((m) => api[m].changes?.includes(area));
    const readers = methodNames().filter((m) => api[m].reads?.includes(area));
    const list = (ms: string[]) => (ms.length === 0 ? '–' : ms.map(methodLink).join(', '));
    return `| \`${area}\` | ${list(changers)} | ${list(readers)} |`;
  });
  return `## Events

Open a WebSocket to \`ws://127.0.0.1:4747${EVENTS_PATH}?token=<token>\`. Without a valid token the host closes it with code \`4401\` (“log in first”): log in again rather than reconnecting. Each message is one JSON event:

\`\`\`ts
${hostEventSource()}
\`\`\`

\`data.changed\` goes to every connected screen after any successful call that changes data (and after a receipt prints, for \`printing\`). Refetch what you show when one of its \`areas\` is one your screen reads:

| Area | Changed by | Read by |
|---|---|---|
${rows.join('\n')}

\`print.status\` tells that a bill's receipt printed or failed, after ${methodLink('billing.postInvoice')} or ${methodLink('printing.reprint')}.`;
}

function errors(): string {
  const rows = (Object.keys(ERROR_CODES) as ErrorCode[]).map((c) => `| \`${c}\` | ${ERROR_CODES[c].http} | ${cell(ERROR_CODES[c].meaning)} |`);
  const list = (codes: readonly ErrorCode[]) => codes.map(code).join(', ');
  return `## Errors

Errors are data: a \`code\` from this closed set, an English \`message\`, a message \`key\` with its \`params\` for the screen to say in the user's language, and sometimes \`details\`.

| Code | HTTP | Meaning |
|---|---|---|
${rows.join('\n')}

Any method can answer ${list(ALWAYS_POSSIBLE)}; any method that needs a session can also answer ${list(SESSION_ERRORS)}. Each method below lists the codes its own rules add. An unknown method answers \`NOT_FOUND\`; a body that is not JSON, or is over 1 MB, answers \`BAD_PARAMS\`.`;
}

/** The whole of docs/API.md. Deterministic: the same contract gives the same bytes. */
export function renderApiDocs(): string {
  const sections = [intro(), calling(), events(), errors(), methodsSection(), typesSection(namedTypes(methodNames()))];
  return `${sections.join('\n\n')}\n`;
}
