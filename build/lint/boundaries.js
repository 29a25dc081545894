// Folder boundaries, enforced by lint rather than by memory (docs/ARCHITECTURE.md).
// tests/lint/boundaries.test.ts proves each rule catches what it should.
//
// Two ESLint facts shape this file:
// - In flat config, when two config objects set `no-restricted-imports` for the same file, the
//   later one REPLACES the earlier one's options (they do not merge). So every folder gets exactly
//   one config object holding all of its restrictions, and the folders' globs never overlap.
// - `group` globs use gitignore semantics without extglob (`!(a|b)` silently matches nothing), and
//   `**/x/**` does not match the folder `x` itself (`../core/services` is its index). "Everything in
//   core except contract and format" is therefore written as a regex on relative paths.

// Bare built-in names are matched exactly (as `paths`), so a local './events' is not mistaken for Node's.
const builtinNames = [
  'fs',
  'path',
  'os',
  'net',
  'http',
  'https',
  'child_process',
  'crypto',
  'worker_threads',
  'url',
  'stream',
  'events',
  'util',
  'zlib',
  'dgram',
  'tls',
  'readline',
];
const nodeBuiltins = ['node:*'];
const sqlite = ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'];
const electron = ['electron', 'electron/*'];
const ui = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/*'];

/** A folder and everything in it, as import globs: `../db` (an index) and `../db/open`. */
const folder = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);

/** A relative import into app/core other than the listed sub-folders (e.g. `../core/services`). */
const coreExcept = (...allowed) => `^\\.{1,2}/(?:.*/)?core(?:$|/(?!(?:${allowed.join('|')})(?:/|$)))`;

const deny = (group, message) => ({ group, message });
const denyRegex = (regex, message) => ({ regex, message });

/** One config object per folder: `files` must not overlap another entry's (see above). */
function rule(files, patterns, { noBuiltins = false } = {}) {
  const paths = noBuiltins ? builtinNames.map((name) => ({ name, message: 'This code runs without Node: no built-in modules.' })) : [];
  return { files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } };
}

const onlyDbTalksToSqlite = deny(sqlite, 'Only db/ talks to SQLite.');
const nodeSkipsRenderer = deny(folder('renderer'), 'Node code does not import the renderer.');

export const boundaries = [
  rule(
    ['app/core/**/*.{ts,tsx}'],
    [
      deny(nodeBuiltins, 'app/core is pure: no Node I/O. Ask for it through a port in app/core/services/ports.ts.'),
      onlyDbTalksToSqlite,
      deny([...electron, ...ui], 'app/core knows nothing of Electron or React.'),
      deny(folder('host', 'db', 'printers', 'renderer', 'sync-server', 'main', 'preload'), 'app/core imports only app/core.'),
    ],
    { noBuiltins: true },
  ),
  rule(
    ['app/renderer/**/*.{ts,tsx}'],
    [
      deny(nodeBuiltins, 'The renderer runs in a browser.'),
      deny([...sqlite, ...electron], 'The renderer reaches data only through the API client.'),
      deny(
        folder('host', 'db', 'printers', 'sync-server', 'main', 'preload'),
        'The renderer imports only app/core/contract, app/core/format and app/core/i18n.',
      ),
      denyRegex(coreExcept('contract', 'format', 'i18n'), 'The renderer imports only app/core/contract, app/core/format and app/core/i18n.'),
    ],
    { noBuiltins: true },
  ),
  rule(['app/host/**/*.ts'], [onlyDbTalksToSqlite, nodeSkipsRenderer, deny(electron, 'The host runs in plain Node; only app/main knows Electron.')]),
  rule(['app/main/**/*.ts'], [onlyDbTalksToSqlite, nodeSkipsRenderer]),
  rule(
    ['app/preload/**/*.ts'],
    [
      onlyDbTalksToSqlite,
      nodeSkipsRenderer,
      deny(folder('host', 'db', 'printers'), 'The preload is a generic pipe: call and onEvent, nothing of the domain.'),
      denyRegex(coreExcept('contract'), 'The preload is a generic pipe: call and onEvent, nothing of the domain.'),
    ],
  ),
  rule(
    ['printers/**/*.ts'],
    [
      onlyDbTalksToSqlite,
      nodeSkipsRenderer,
      deny([...folder('host', 'db', 'core/services'), ...electron], 'printers/ turns documents into bytes and moves bytes; it knows no host or database.'),
    ],
  ),
  rule(
    ['sync-server/**/*.ts'],
    [onlyDbTalksToSqlite, nodeSkipsRenderer, deny([...folder('core', 'db', 'host'), ...electron], 'The relay never imports app/core, db or the host.')],
  ),
  rule(
    ['db/**/*.ts'],
    [
      deny(electron, 'The host runs in plain Node; only app/main knows Electron.'),
      deny([...folder('host', 'printers', 'renderer', 'sync-server'), 'react', '@tanstack/*'], 'db/ implements the core ports; it knows nothing above it.'),
    ],
  ),
];
