import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The host's start loads no package it does not need to serve the counter: spreadsheets, PDF,
 * fonts, the canvas, barcodes, TLS keys, serial ports and Redis are loaded on first use
 * (printers/on-first-use.ts), which keeps a cold start near a second (bench cold-start).
 * A fresh Node process imports what app/host/cli.ts imports and lists the CommonJS packages
 * loaded; an ES module's static import of a CommonJS package lands in the same list.
 */
const root = join(import.meta.dirname, '../..');
const ON_FIRST_USE = ['exceljs', 'pdfkit', 'fontkit', '@napi-rs/canvas', 'bwip-js', 'node-forge', 'serialport', '@serialport/parser-readline', 'ioredis'];

const PROBE = `
import { createRequire } from 'node:module';
for (const m of ['./app/host/create-host.ts', './app/host/transports/http.ts', './app/host/sync/when-ready.ts', './app/host/tls/shop-tls.ts']) await import(m);
const loaded = Object.keys(createRequire(import.meta.url).cache).map((p) => /node_modules\\/((@[^/]+\\/)?[^/]+)/.exec(p)?.[1]);
console.log(JSON.stringify([...new Set(loaded.filter(Boolean))]));
`;

describe('the host starts without its heavy packages', () => {
  it('loads them on first use, not when the host modules are imported', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], { cwd: root, encoding: 'utf8' });
    const loaded: string[] = JSON.parse(out.trim().split('\n').at(-1) ?? '[]');
    // The probe sees packages at all: the SQLite driver is loaded at start.
    expect(loaded).toContain('better-sqlite3');
    expect(loaded.filter((p) => ON_FIRST_USE.includes(p))).toEqual([]);
  }, 60_000);
});
