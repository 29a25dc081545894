import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A shop's build ships no source maps (npm test builds before it runs the tests). */
const dist = join(import.meta.dirname, '../../dist');

describe.runIf(existsSync(join(dist, 'renderer', 'index.html')))('the built app', () => {
  it('has no source map files and no sourceMappingURL comments', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const f of files.filter((name) => /\.(m?js|cjs|css)$/.test(name))) {
      expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(/sourceMappingURL=/);
    }
  });
});
