import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** Every TypeScript file in the tree is held to 300 lines, blank lines and comments included. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function maxLinesMessages(filePath: string, lines: number, filler: 'code' | 'blank' | 'comment'): Promise<string[]> {
  const line = (i: number) => (filler === 'code' ? `export const v${i} = ${i};` : filler === 'blank' ? '' : `// note ${i}`);
  const code = ['export const first = 0;', ...Array.from({ length: lines - 1 }, (_, i) => line(i))].join('\n') + '\n';
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.filter((m) => m.ruleId === 'max-lines').map((m) => m.message);
}

describe('max-lines', () => {
  it.each([
    ['app/core/billing/probe.ts', 301, 'code'],
    ['app/renderer/src/features/counter/Probe.tsx', 301, 'code'],
    ['db/repos/billing/probe.ts', 320, 'blank'],
    ['tests/billing/probe.test.ts', 301, 'comment'],
    ['bench/probe.ts', 400, 'code'],
    ['sync-server/probe.ts', 301, 'code'],
    ['printers/pdf/probe.ts', 301, 'blank'],
  ] as const)('refuses %s at %i lines of %s', async (file, lines, filler) => {
    expect(await maxLinesMessages(file, lines, filler)).toHaveLength(1);
  });

  it.each([
    ['app/core/billing/probe.ts', 300, 'code'],
    ['app/host/probe.ts', 300, 'comment'],
    ['tests/billing/probe.test.ts', 299, 'blank'],
  ] as const)('lets %s through at %i lines of %s', async (file, lines, filler) => {
    expect(await maxLinesMessages(file, lines, filler)).toEqual([]);
  });
});
