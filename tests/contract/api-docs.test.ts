import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { api, ERROR_CODES, isErrorCode, type MethodName } from '../../app/core/contract';
import { renderApiDocs } from '../../scripts/api-docs/page';
import { tempDir } from '../support/test-host';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const methods = Object.keys(api) as MethodName[];
/** define.ts: a method's own list leaves these out, since any method can answer them. */
const IMPLIED = ['BAD_PARAMS', 'UNAUTHENTICATED', 'FORBIDDEN', 'DB_BUSY', 'DISK_FULL', 'INTERNAL'];

describe('docs/API.md', () => {
  it('is exactly what the contract generates (run `npm run docs:api` after changing the contract)', () => {
    const onDisk = readFileSync(join(ROOT, 'docs/API.md'), 'utf8');
    expect(renderApiDocs() === onDisk, 'docs/API.md is stale: run npm run docs:api').toBe(true);
  });

  it('documents every method, every error code and every area of the contract', () => {
    const page = renderApiDocs();
    for (const m of methods) expect(page).toContain(`\n#### ${m}\n`);
    for (const code of Object.keys(ERROR_CODES)) expect(page).toContain(`| \`${code}\` | ${ERROR_CODES[code as keyof typeof ERROR_CODES].http} |`);
  });

  it('shows every method with a curl call built from its example, with a token unless it is public', () => {
    const page = renderApiDocs();
    for (const m of methods) {
      const section = page.slice(page.indexOf(`\n#### ${m}\n`));
      const call = section.slice(section.indexOf(`curl -s http://127.0.0.1:4747/api/${m} `));
      const block = call.slice(0, call.indexOf('```'));
      expect(block).toContain(`-d '${JSON.stringify(api[m].example).replace(/'/g, `'\\''`)}'`);
      expect(block.includes('authorization: Bearer $TOKEN')).toBe(api[m].access !== 'public');
    }
  });

  it('--check passes on the page as generated and fails with a pointer to the first difference', async () => {
    const run = promisify(execFile);
    const script = join(ROOT, 'scripts/api-docs.ts');
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const ok = await run(tsx, [script, '--check'], { cwd: ROOT });
    expect(ok.stdout).toContain('matches the contract');

    const { dir, cleanup } = tempDir('sk-api-docs-');
    try {
      const stale = join(dir, 'API.md');
      writeFileSync(stale, renderApiDocs().replace('#### billing.quote', '#### billing.quoteOld'));
      const failed = await run(tsx, [script, '--check', stale], { cwd: ROOT }).then(
        () => undefined,
        (e: { code: number; stderr: string }) => e,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain('"#### billing.quote"');
      expect(failed?.stderr).toContain('npm run docs:api');
    } finally {
      cleanup();
    }
  });
});

describe('the method map', () => {
  it.each(methods)('%s: its example is valid params', (m) => {
    const parsed = api[m].params.safeParse(api[m].example);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it.each(methods)('%s: declares a summary, an access and only real, non-implied error codes', (m) => {
    const spec = api[m];
    expect(spec.summary.trim().length).toBeGreaterThan(10);
    expect(spec.summary).toMatch(/[.)]$/);
    expect(['public', 'staff', 'manager', 'owner']).toContain(spec.access);
    for (const code of spec.errors) {
      expect(isErrorCode(code), `${code} is not in ERROR_CODES`).toBe(true);
      expect(IMPLIED, `${code} is implied for every method`).not.toContain(code);
    }
    expect(new Set(spec.errors).size).toBe(spec.errors.length);
  });
});
