import type * as ParserReadline from '@serialport/parser-readline';
import type * as SerialPortModule from 'serialport';
import type { SerialPort } from 'serialport';
import { onFirstUse } from '../../printers/on-first-use';
import type { z } from 'zod';
import type { ScannerSettings } from '../core/contract';
import { normalizeScannedCode } from '../core/catalog/barcode';
import { checkDevicePath } from '../../printers/transports/device-paths';
import type { EventBus } from './event-bus';

// Loaded when the shop has a serial scanner set, not at start.
const serialPorts = onFirstUse<typeof SerialPortModule>('serialport');
const readlines = onFirstUse<typeof ParserReadline>('@serialport/parser-readline');

type SerialScanner = NonNullable<z.output<typeof ScannerSettings>['serial']>;

const DELIMITER = { CR: '\r', LF: '\n', CRLF: '\r\n' } as const;

/**
 * A serial barcode scanner on the counter PC (RS-232, or USB in virtual-COM mode): each line it
 * sends is one code, pushed to every screen as a `scanner.scan` event. A port that goes away
 * (cable pulled) is opened again every few seconds until the settings change.
 */
export function createSerialScanner(events: EventBus, log: (m: string, e?: unknown) => void, retryMs = 3000) {
  let port: SerialPort | null = null;
  let current = '';
  let timer: NodeJS.Timeout | null = null;

  const close = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const p = port;
    port = null;
    if (p?.isOpen) p.close();
  };

  const open = (s: SerialScanner, key: string) => {
    checkDevicePath(s.path, 'serial').then(
      (path) => {
        if (current === key) openPort(s, path);
      },
      (e: unknown) => {
        log(`scanner on ${s.path} is not used: ${(e as Error).message}`);
        if (current === key) timer = setTimeout(() => configure({ serial: s }, true), retryMs);
      },
    );
  };

  const openPort = (s: SerialScanner, path: string) => {
    const p = new (serialPorts().SerialPort)({ path, baudRate: s.baudRate, autoOpen: false });
    port = p;
    const parser = p.pipe(new (readlines().ReadlineParser)({ delimiter: DELIMITER[s.suffix] }));
    parser.on('data', (line: string) => {
      // A CRLF scanner read with CR leaves the LF at the front of the next line.
      const code = normalizeScannedCode(line.replace(/[\r\n]/g, ''));
      if (code) events.publish({ event: 'scanner.scan', payload: { code, source: 'serial', port: s.path, at: new Date().toISOString() } });
    });
    const again = () => {
      if (port !== p) return;
      port = null;
      timer = setTimeout(() => configure({ serial: s }, true), retryMs);
    };
    p.on('close', again);
    p.open((err) => {
      if (!err) return;
      log(`scanner on ${s.path} cannot be opened: ${err.message}`);
      again();
    });
  };

  function configure(settings: Pick<z.output<typeof ScannerSettings>, 'serial'>, force = false) {
    const key = settings.serial ? JSON.stringify(settings.serial) : '';
    if (key === current && !force) return;
    close();
    current = key;
    if (settings.serial) open(settings.serial, key);
  }

  return {
    configure: (settings: Pick<z.output<typeof ScannerSettings>, 'serial'>) => configure(settings),
    close: () => {
      current = '';
      close();
    },
  };
}
