import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The layer zones (build/lint/layers.js) as lint applies them: a probe file placed by path only. A renderer feature imports only api/, ui/, i18n/, app/ and its own folder. */
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
  ['app/renderer/src/features/bank/probe.tsx', '../accounting/fields'],
  ['app/renderer/src/features/counter/probe.tsx', '../display/CustomerDisplay'],
  ['app/renderer/src/features/khata/sub/probe.ts', '../../gst/MonthPicker'],
];

const ALLOWED: Array<[string, string]> = [
  ['app/core/contract/areas/accounting/probe.ts', '../khata'],
  ['app/core/contract/areas/probe.ts', '../vocabulary'],
  ['app/core/billing/probe.ts', '../contract/vocabulary'],
  ['app/core/services/billing/probe.ts', '../../billing/pricing'],
  ['app/core/services/billing/probe.ts', '../catalog/ports'],
  ['app/renderer/src/features/bank/probe.tsx', '../../api/bank'],
  ['app/renderer/src/features/bank/probe.tsx', '../../ui/AccountSelect'],
  ['app/renderer/src/features/bank/probe.tsx', '../../i18n/names'],
  ['app/renderer/src/features/bank/probe.tsx', '../../app/router'],
  ['app/renderer/src/features/bank/probe.tsx', './BankLines'],
  ['app/renderer/src/features/khata/sub/probe.ts', '../dialogs'],
  ['app/renderer/src/features/bank/probe.tsx', '../../../../core/contract'],
];

describe('layers inside app/core and the renderer, by resolved path', () => {
  it.each(REFUSED)('%s may not import %s', async (file, spec) => {
    expect(await layerMessages(file, spec)).toHaveLength(1);
  });
  it.each(ALLOWED)('%s may import %s', async (file, spec) => {
    expect(await layerMessages(file, spec)).toEqual([]);
  });
});
