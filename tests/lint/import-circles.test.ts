import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Import circles, type-only imports included: a circle makes load order matter and hides which layer owns what. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The deliberate circle the test below proves it can find; everything else is held to none. */
const PROBE = join(ROOT, 'tests/lint/circle-probe');

function sourceFiles(dir: string, skip?: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === skip || name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path, skip);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => existsSync(p) && statSync(p).isFile());
}

/** The files' import graph (relative imports inside the folder), then its circles: strongly connected groups of two or more files. */
function importCircles(folders: readonly string[], skip?: string): string[][] {
  const files = folders.flatMap((folder) => sourceFiles(join(ROOT, folder), skip));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.filter((i) => i.fileName.startsWith('.')).map((i) => resolveImport(file, i.fileName));
    graph.set(
      file,
      targets.filter((t): t is string => t !== undefined),
    );
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      group.push(relative(ROOT, w));
    } while (w !== v);
    if (group.length > 1) circles.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return circles;
}

describe('import circles', () => {
  it('finds a circle when there is one', () => {
    expect(importCircles(['tests/lint/circle-probe'])).toEqual([['tests/lint/circle-probe/a.ts', 'tests/lint/circle-probe/b.ts']]);
  });
  it('the whole tree has none: app, db, printers, the relay, scripts, benches and the tests’ own modules', () => {
    expect(importCircles(['app', 'db', 'printers', 'sync-server', 'scripts', 'bench', 'tests'], PROBE)).toEqual([]);
  });
});
