import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * A package loaded when it is first needed, not when the host starts. Spreadsheets, PDF, fonts,
 * the canvas, barcodes, TLS keys and serial ports together took most of a cold start, while a
 * counter can open and sell without any of them. Type the result with the package's own types:
 * `onFirstUse<typeof import('exceljs')>('exceljs')`.
 */
export function onFirstUse<T>(name: string): () => T {
  let loaded: { module: T } | null = null;
  return () => {
    if (!loaded) {
      const module: T = requireHere(name);
      loaded = { module };
    }
    return loaded.module;
  };
}
