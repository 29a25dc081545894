import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { syncPath } from '../../../db/backup/copy';
import type { ServiceDeps } from '../../core/services/ports';
import type { ShopFiles } from '../../core/services/shop/ports';
import { seedDemoCatalogue, seedDemoShop } from './seed';

export interface ShopFileSwap {
  dbFile: string;
  /** the host's services, read when a call comes (the host swaps its store on reopen) */
  deps: () => ServiceDeps;
  /** closes the shop file, runs `move` and opens the file at dbFile again (a new one if moved away) */
  reopen(move: () => void): Promise<void>;
}

/**
 * The demo and the real shop never share a file: leaving the demo moves its file aside whole
 * (demo-shop-<time>.sqlite beside it, kept for a look back) and the host opens a new, empty one
 * for the real set-up. Nothing of the demo can reach the real shop's books or returns.
 */
export function createShopFiles(swap: ShopFileSwap): ShopFiles {
  return {
    seedDemo: () => void seedDemoShop(swap.deps()),
    seedDemoCatalogue: () => seedDemoCatalogue(swap.deps()),
    leaveDemo: () =>
      swap.reopen(() => {
        if (swap.dbFile === ':memory:') return;
        const stamp = swap.deps().clock.now().toISOString().replace(/[:.]/g, '-');
        const aside = join(dirname(swap.dbFile), `demo-shop-${stamp}-${basename(swap.dbFile)}`);
        for (const suffix of ['', '-wal', '-shm']) if (existsSync(swap.dbFile + suffix)) renameSync(swap.dbFile + suffix, aside + suffix);
        syncPath(dirname(swap.dbFile));
      }),
  };
}
