import { api, type MethodName } from '../../app/core/contract/api';
import type { Access } from '../../app/core/contract/define';
import { ERROR_CODES, type ErrorCode } from '../../app/core/contract/errors';
import { NonNegPaise, Paise } from '../../app/core/contract/schemas';
import { paramsSchema, resultSchema, type NamedType } from './contract-schemas';
import { paramRows, typeBlock, type ParamRow } from './schema-text';

/** Descriptions that only restate a unit the page explains once ("integer paise"); results leave them out. */
const UNIT_DESCRIPTIONS: ReadonlySet<string> = new Set([Paise, NonNegPaise].flatMap((s) => (s.description === undefined ? [] : [s.description])));

/** Where `npm start` serves the API on the counter PC. */
export const BASE_URL = 'http://127.0.0.1:4747';

/** Codes any method can answer; define.ts leaves them out of each method's own list. */
export const ALWAYS_POSSIBLE: readonly ErrorCode[] = ['BAD_PARAMS', 'DB_BUSY', 'DISK_FULL', 'INTERNAL'];
/** Codes any method that needs a session can answer. */
export const SESSION_ERRORS: readonly ErrorCode[] = ['UNAUTHENTICATED', 'FORBIDDEN'];

/** One line per area, shown under its heading. */
const AREA_NOTES: Record<string, string> = {
  auth: 'Who can log in, logging in with a PIN, and the current session.',
  users: 'The people who work at the shop and their roles.',
  shop: 'The shop’s profile: name, GSTIN, state, receipt printer.',
  catalog: 'Products: search in any spelling, scan a barcode, add a product.',
  customers: 'Customers for khata (credit) sales and B2B bills.',
  billing: 'The counter: price a cart, post a bill, look bills up, cancel one.',
  inventory: 'Stock moves and stock on hand.',
  accounting: 'The double-entry journal behind every bill.',
  printing: 'Receipts on the thermal printer.',
};

export const methodNames = (): MethodName[] => Object.keys(api) as MethodName[];
export const areaOf = (method: string): string => method.slice(0, method.indexOf('.'));

/** The areas in the order the method map declares them. */
export function areas(): string[] {
  return [...new Set(methodNames().map(areaOf))];
}

export function accessShort(access: Access): string {
  return access === 'public' ? 'public' : access === 'owner' ? 'owner' : `${access}+`;
}

function accessLong(access: Access): string {
  switch (access) {
    case 'public':
      return 'anyone; no token needed';
    case 'staff':
      return 'any logged-in user (staff, manager or owner)';
    case 'manager':
      return 'a manager or the owner';
    case 'accountant':
      return 'the accountant, a manager or the owner';
    case 'owner':
      return 'the owner only';
  }
}

/** The first clause of a summary, for the index table ("e.g. a bill" does not end a sentence). */
export function headline(summary: string): string {
  const cut = /: |\. (?=[A-Z])/.exec(summary);
  return (cut ? summary.slice(0, cut.index) : summary).replace(/\.$/, '');
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export const anchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');

/** A table cell: pipes would end the cell, even inside code. */
export const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** Quotes text for a POSIX shell inside single quotes. */
const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

export function curlExample(method: MethodName): string {
  const spec = api[method];
  const lines = [`curl -s ${BASE_URL}/api/${method}`];
  // Double quotes so the shell expands $TOKEN.
  if (spec.access !== 'public') lines.push('  -H "authorization: Bearer $TOKEN"');
  lines.push("  -H 'content-type: application/json'", `  -d ${shellQuote(JSON.stringify(spec.example))}`);
  return lines.join(' \\\n');
}

function paramsTable(rows: ParamRow[]): string {
  const header = ['| Name | Type | Required | Default | Description |', '|---|---|---|---|---|'];
  const body = rows.map((r) => {
    const type = `\`${r.type}\`${r.rules === '' ? '' : ` ${r.rules}`}`;
    const fallback = r.default === undefined ? '' : `\`${JSON.stringify(r.default)}\``;
    return `| ${cell(`\`${r.name}\``)} | ${cell(type)} | ${r.required ? 'yes' : 'no'} | ${cell(fallback)} | ${cell(r.description)} |`;
  });
  return [...header, ...body].join('\n');
}

const errorLink = (code: ErrorCode): string => `\`${code}\` (${ERROR_CODES[code].http})`;

function errorsLine(method: MethodName): string {
  const spec = api[method];
  const common = (spec.access === 'public' ? ALWAYS_POSSIBLE : [...SESSION_ERRORS, ...ALWAYS_POSSIBLE]).map((c) => `\`${c}\``).join(', ');
  const own = spec.errors.map(errorLink).join(', ');
  return spec.errors.length === 0
    ? `- **Errors:** only the [common ones](#errors): ${common}`
    : `- **Errors:** ${own}, and the [common ones](#errors): ${common}`;
}

function dataLine(method: MethodName): string | undefined {
  const spec = api[method];
  const parts: string[] = [];
  if (spec.reads?.length) parts.push(`**Reads:** ${spec.reads.map((a) => `\`${a}\``).join(', ')}`);
  if (spec.changes?.length) parts.push(`**Changes:** ${spec.changes.map((a) => `\`${a}\``).join(', ')} (pushes [\`data.changed\`](#events))`);
  return parts.length === 0 ? undefined : `- ${parts.join(' · ')}`;
}

export function methodSection(method: MethodName): string {
  const spec = api[method];
  const rows = paramRows(paramsSchema(method));
  const data = dataLine(method);
  const out = [`#### ${method}`, '', spec.summary, '', `- **Who may call:** ${accessLong(spec.access)}`];
  if (data) out.push(data);
  out.push(errorsLine(method), '', '**Parameters**', '');
  out.push(rows.length === 0 ? 'None: send `{}` (or an empty body).' : paramsTable(rows));
  out.push(
    '',
    '**Result**',
    '',
    '```ts',
    typeBlock(resultSchema(method), UNIT_DESCRIPTIONS),
    '```',
    '',
    '**Example**',
    '',
    '```sh',
    curlExample(method),
    '```',
  );
  return out.join('\n');
}

export function methodsSection(): string {
  const out = ['## Methods', ''];
  out.push('| Method | Who | What it does |', '|---|---|---|');
  for (const m of methodNames()) out.push(`| [${m}](#${anchor(m)}) | ${accessShort(api[m].access)} | ${cell(headline(api[m].summary))} |`);
  out.push(
    '',
    'Nested parameters are listed with dotted names (`lines[].qtyMilli` is `qtyMilli` in each element of `lines`); “required” holds within the parent object. A parameter with a default may be left out. Fields a method does not know are ignored.',
  );
  for (const area of areas()) {
    out.push('', `### ${area}`, '');
    const note = AREA_NOTES[area];
    if (note) out.push(note, '');
    out.push(
      methodNames()
        .filter((m) => areaOf(m) === area)
        .map(methodSection)
        .join('\n\n'),
    );
  }
  return out.join('\n');
}

export function typesSection(types: NamedType[]): string {
  const out = ['## Types', '', 'Shapes that several results share. `integer` is a whole number; `?` marks a field that may be absent.'];
  for (const t of types) {
    out.push('', `### ${t.name}`, '');
    if (t.usedBy.length > 0) out.push(`Returned by ${t.usedBy.map((m) => `[${m}](#${anchor(m)})`).join(', ')}.`, '');
    out.push('```ts', typeBlock(t.schema, UNIT_DESCRIPTIONS), '```');
  }
  return out.join('\n');
}
