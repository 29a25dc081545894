import type { z } from 'zod';
import type { PoleDisplayConfig } from '../../app/core/contract';
import { openSerial } from '../transports/serial';
import { openTcp } from '../transports/tcp';
import { poleBytes, poleLines, type PoleContent } from './encode';

export type PoleSettings = z.output<typeof PoleDisplayConfig>;

/** Shows one state on the pole display; throws a PrintError when the display cannot be reached. */
export async function showOnPole(settings: Exclude<PoleSettings, { kind: 'none' }>, content: PoleContent): Promise<void> {
  const link =
    settings.kind === 'serial'
      ? await openSerial({ path: settings.path, baudRate: settings.baudRate })
      : await openTcp({ host: settings.host, port: settings.port, lingerMs: 100 });
  try {
    await link.write(poleBytes(poleLines(content)));
    await link.close();
  } catch (e) {
    link.destroy();
    throw e;
  }
}
