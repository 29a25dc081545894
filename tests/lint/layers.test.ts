import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The layer zones (build/lint/layers.js) as lint applies them: a probe file placed by path only. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function layerMessages(filePath: string, specifier: string): Promise<string[]> {
  const code = `import { thing } from '${specifier}';\nexport const used = thing;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

const REFUSED: Array<[string, string]> = [
  ['app/core/contract/areas/probe.ts', '../../billing/tenders'],
  ['app/core/contract/areas/accounting/probe.ts', '../../../accounting/chart'],
  ['app/core/contract/probe.ts', '../money'],
  ['app/core/billing/probe.ts', '../services/billing/post-invoice'],
  ['app/core/gst/probe.ts', '../testing/builders'],
];

const ALLOWED: Array<[string, string]> = [
  ['app/core/contract/areas/accounting/probe.ts', '../khata'],
  ['app/core/contract/areas/probe.ts', '../vocabulary'],
  ['app/core/billing/probe.ts', '../contract/vocabulary'],
  ['app/core/services/billing/probe.ts', '../../billing/pricing'],
  ['app/core/services/billing/probe.ts', '../catalog/ports'],
];

describe('layers inside app/core, by resolved path', () => {
  it.each(REFUSED)('%s may not import %s', async (file, spec) => {
    expect(await layerMessages(file, spec)).toHaveLength(1);
  });
  it.each(ALLOWED)('%s may import %s', async (file, spec) => {
    expect(await layerMessages(file, spec)).toEqual([]);
  });
});
