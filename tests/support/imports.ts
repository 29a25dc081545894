import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiClient } from '../../app/core/contract';

/** The shared data folder with the real third-party files (read at run time, never copied into the repo). */
export const DATA_DIR = process.env.SMARTKIRANA_DATA ?? join(import.meta.dirname, '../../../shared/data');

/**
 * Uploads bytes as the import screen does: 512 KB chunks of base64, each chunk a request of its
 * own. Over the network other requests are read between two chunks; `letLoopTurn` lets the host's
 * loop turn between them for an in-process client too.
 */
export async function upload(client: ApiClient, fileName: string, bytes: Uint8Array, { letLoopTurn = false } = {}): Promise<string> {
  const CHUNK = 512 * 1024;
  let importId: string | undefined;
  for (let offset = 0; offset < Math.max(bytes.length, 1); offset += CHUNK) {
    const chunkBase64 = Buffer.from(bytes.subarray(offset, offset + CHUNK)).toString('base64');
    const r = await client.call('catalog.importUpload', importId ? { importId, fileName, chunkBase64, offset } : { fileName, chunkBase64, offset });
    importId = r.importId;
    if (letLoopTurn) await new Promise((resolve) => setImmediate(resolve));
  }
  return importId ?? '';
}

export const dataFile = (name: string) => new Uint8Array(readFileSync(join(DATA_DIR, name)));
