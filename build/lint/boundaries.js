// Folder boundaries, enforced by lint rather than by memory (docs/ARCHITECTURE.md).
// Each entry: which files, and which imports they may not use.

// Bare built-in names are matched exactly (as `paths`), so a local './events' is not mistaken for Node's.
const builtinNames = ['fs', 'path', 'os', 'net', 'http', 'https', 'child_process', 'crypto', 'worker_threads', 'url', 'stream', 'events', 'util', 'zlib', 'dgram', 'tls', 'readline'];
const nodeBuiltins = ['node:*'];
const sqlite = ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'];
const ui = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/*'];

const deny = (group, message) => ({ group, message });

function rule(files, patterns, { noBuiltins = false } = {}) {
  const paths = noBuiltins ? builtinNames.map((name) => ({ name, message: 'This code runs without Node: no built-in modules.' })) : [];
  return { files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } };
}

export const boundaries = [
  rule(['app/core/**/*.{ts,tsx}'], [
    deny(nodeBuiltins, 'app/core is pure: no Node I/O. Ask for it through a port in app/core/services/ports.ts.'),
    deny(sqlite, 'Only db/ talks to SQLite.'),
    deny(['electron', ...ui], 'app/core knows nothing of Electron or React.'),
    deny(['**/host/**', '**/db/**', '**/printers/**', '**/renderer/**', '**/sync-server/**', '**/main/**', '**/preload/**'], 'app/core imports only app/core.'),
  ], { noBuiltins: true }),
  rule(['app/renderer/**/*.{ts,tsx}'], [
    deny(nodeBuiltins, 'The renderer runs in a browser.'),
    deny([...sqlite, 'electron'], 'The renderer reaches data only through the API client.'),
    deny(['**/host/**', '**/db/**', '**/printers/**', '**/sync-server/**', '**/main/**', '**/preload/**'], 'The renderer imports only app/core/contract and app/core/format.'),
    deny(['**/core/!(contract|format)', '**/core/!(contract|format)/**'], 'The renderer imports only app/core/contract and app/core/format.'),
  ], { noBuiltins: true }),
  rule(['app/host/**/*.ts', 'printers/**/*.ts', 'sync-server/**/*.ts', 'app/main/**/*.ts', 'app/preload/**/*.ts'], [
    deny(sqlite, 'Only db/ talks to SQLite.'),
    deny(['**/renderer/**'], 'Node code does not import the renderer.'),
  ]),
  rule(['printers/**/*.ts'], [
    deny(['**/host/**', '**/db/**', '**/core/services/**', 'electron'], 'printers/ turns documents into bytes and moves bytes; it knows no host or database.'),
  ]),
  rule(['sync-server/**/*.ts'], [
    deny(['**/core/services/**', '**/db/**', '**/host/**', 'electron'], 'The relay never imports services, db or the host.'),
  ]),
  rule(['app/host/**/*.ts', 'db/**/*.ts'], [
    deny(['electron'], 'The host runs in plain Node; only app/main knows Electron.'),
  ]),
  rule(['db/**/*.ts'], [
    deny(['**/host/**', '**/printers/**', '**/renderer/**', 'react', '@tanstack/*'], 'db/ implements the core ports; it knows nothing above it.'),
  ]),
  rule(['app/preload/**/*.ts'], [
    deny(['**/core/!(contract)/**', '**/core/services/**'], 'The preload is a generic pipe: call and onEvent, nothing of the domain.'),
  ]),
];
