/**
 * docs/API.md from the contract (app/core/contract), so the page cannot drift from the code.
 *
 *   npx tsx scripts/api-docs.ts --write   regenerate docs/API.md (npm run docs:api)
 *   npx tsx scripts/api-docs.ts --check   exit 1 if docs/API.md is not what the contract gives
 *   npx tsx scripts/api-docs.ts           print the page
 * Either option takes another file to write or check instead of docs/API.md (the tests use it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderApiDocs } from './api-docs/page';

const [mode, file] = process.argv.slice(2);
const target = file ?? fileURLToPath(new URL('../docs/API.md', import.meta.url));

/** The first line where two texts differ, to point the reader at the change. */
function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const have = actual.split('\n');
  const line = want.findIndex((text, i) => text !== have[i]);
  const at = line === -1 ? want.length : line;
  return `first difference at line ${at + 1}:\n  contract gives: ${JSON.stringify(want[at] ?? '<end of file>')}\n  the file has:    ${JSON.stringify(have[at] ?? '<end of file>')}`;
}

const page = renderApiDocs();

if (mode === '--write') {
  writeFileSync(target, page);
  console.log(`wrote ${target}`);
} else if (mode === '--check') {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing page is reported as a difference below.
  }
  if (current !== page) {
    console.error(`${target} is out of date with the contract; ${firstDifference(page, current)}\nRun: npm run docs:api`);
    process.exit(1);
  }
  console.log(`${target} matches the contract`);
} else if (mode === undefined) {
  process.stdout.write(page);
} else {
  console.error(`unknown option ${mode}; use --write or --check`);
  process.exit(2);
}
