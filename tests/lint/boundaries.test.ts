import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The folder boundaries (build/lint/boundaries.js) as lint really applies them: a one-line file
 * placed, by its path only, in each folder, linted with the project's own eslint.config.js.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The no-restricted-imports messages for `import … from '<specifier>'` in a file at filePath. */
async function restrictions(filePath: string, specifier: string): Promise<string[]> {
  const code = `import { thing } from '${specifier}';\nexport const used = thing;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`could not lint the probe: ${fatal[0]!.message}`);
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' && m.severity === 2).map((m) => m.message);
}

// [the importing file, what it imports]
const REFUSED: Array<[string, string]> = [
  ['app/core/billing/probe.ts', 'node:fs'],
  ['app/core/billing/probe.ts', 'fs'],
  ['app/core/billing/probe.ts', 'better-sqlite3'],
  ['app/core/billing/probe.ts', 'drizzle-orm'],
  ['app/core/billing/probe.ts', 'react'],
  ['app/core/billing/probe.ts', 'electron'],
  ['app/core/billing/probe.ts', '../../../db/store'],
  ['app/core/billing/probe.ts', '../../../db'],
  ['app/core/billing/probe.ts', '../../host/dispatcher'],
  ['app/core/services/probe.ts', '../../host'],
  ['app/renderer/src/features/probe.ts', '../../../core/services'],
  ['app/renderer/src/features/probe.ts', '../../../core/services/post-invoice'],
  ['app/renderer/src/features/probe.ts', '../../../core/money/paise'],
  ['app/renderer/src/features/probe.tsx', '../../../host/create-host'],
  ['app/renderer/src/features/probe.ts', '../../../../db/store'],
  ['app/renderer/src/features/probe.ts', 'node:path'],
  ['app/host/probe.ts', 'electron'],
  ['app/host/probe.ts', 'better-sqlite3'],
  ['db/repos/probe.ts', 'electron'],
  ['db/repos/probe.ts', '../../app/host/create-host'],
  ['db/probe.ts', '../app/host'],
  ['printers/escpos/probe.ts', '../../db/store'],
  ['printers/escpos/probe.ts', '../../app/host/print-queue'],
  ['printers/probe.ts', 'better-sqlite3'],
  ['sync-server/probe.ts', '../app/core/services'],
  ['sync-server/probe.ts', '../app/core/services/post-invoice'],
  ['sync-server/probe.ts', '../db/store'],
  ['sync-server/probe.ts', '../db/sync-log'],
  ['sync-server/probe.ts', 'better-sqlite3'],
  ['sync-server/probe.ts', '../app/core/money'],
  ['sync-server/probe.ts', '../app/core/contract'],
  ['db/sync-log.ts', '../sync-server/store'],
  ['db/sync-log.ts', '../sync-server'],
  ['app/preload/probe.ts', '../core/services'],
  ['app/preload/probe.ts', '../core/services/auth'],
  ['app/preload/probe.ts', '../core/billing/pricing'],
];

const ALLOWED: Array<[string, string]> = [
  ['app/core/contract/probe.ts', './events'],
  ['app/core/services/probe.ts', '../contract/errors'],
  ['app/core/contract/probe.ts', 'zod'],
  ['app/renderer/src/features/probe.ts', '../../../core/contract'],
  ['app/renderer/src/features/probe.ts', '../../../core/contract/api'],
  ['app/renderer/src/features/probe.ts', '../../../core/format'],
  ['app/renderer/src/features/probe.ts', '../../../core/format/qty'],
  ['app/renderer/src/features/probe.tsx', 'react'],
  ['app/host/probe.ts', '../../db/store'],
  ['app/host/probe.ts', '../core/services'],
  ['app/host/probe.ts', 'node:fs'],
  ['db/probe.ts', 'better-sqlite3'],
  ['db/repos/probe.ts', '../../app/core/services/ports'],
  ['printers/probe.ts', '../app/core/format'],
  ['app/preload/probe.ts', '../core/contract/bridge'],
  ['sync-server/probe.ts', 'pg'],
  ['sync-server/probe.ts', 'ioredis'],
  ['app/host/probe.ts', '../../sync-server'],
  ['app/main/probe.ts', 'electron'],
];

describe('folder boundaries, as lint enforces them', () => {
  it.each(REFUSED)('%s may not import %s', async (filePath, specifier) => {
    const messages = await restrictions(filePath, specifier);
    expect(messages, `${filePath} importing ${specifier} passed lint`).toHaveLength(1);
    expect(messages[0]).toContain(`'${specifier}' import is restricted`);
  });

  it.each(ALLOWED)('%s may import %s', async (filePath, specifier) => {
    expect(await restrictions(filePath, specifier)).toEqual([]);
  });

  it('applies one boundary rule per folder, so a later config object cannot silently replace an earlier one', async () => {
    // Flat config replaces (not merges) a rule's options when two objects match a file: the rule
    // that holds must be the one with every restriction for that folder.
    const db = await eslint.calculateConfigForFile('db/repos/probe.ts');
    const [, options] = db.rules['no-restricted-imports'] as [unknown, { patterns: Array<{ group?: string[] }> }];
    const groups = options.patterns.flatMap((p) => p.group ?? []);
    expect(groups).toEqual(expect.arrayContaining(['electron', '**/host/**']));
  });
});
