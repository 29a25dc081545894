import { z } from 'zod';

/**
 * Counter hardware settings: the receipt printer, the pole display and the barcode scanner.
 * Every option has a default, so settings saved before an option existed still parse
 * (the spine stored only `{kind:'tcp',host,port,width}` or `{kind:'none'}`).
 */
export const BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;
const Baud = z.union(BAUD_RATES.map((b) => z.literal(b))).default(9600);

/** How receipts look and what the printer does around them. */
const ReceiptOptions = {
  width: z
    .union([z.literal(32), z.literal(48)])
    .default(48)
    .describe('characters per line: 32 for 58 mm, 48 for 80 mm'),
  codePage: z.enum(['cp437', 'cp858', 'win1252']).default('cp437').describe('device code page for Latin text'),
  drawer: z.enum(['never', 'cash', 'always']).default('cash').describe('open the cash drawer: never, on bills paid (partly) in cash, or on every bill'),
  drawerPin: z
    .union([z.literal(2), z.literal(5)])
    .default(2)
    .describe('drawer connector pin (most drawers: 2)'),
  cut: z.enum(['partial', 'full', 'none']).default('partial'),
  qr: z.enum(['native', 'raster', 'off']).default('native').describe('UPI QR: the printer’s own QR command, an image (printers without QR), or none'),
  hindi: z.enum(['off', 'names', 'receipt']).default('names').describe('Hindi product names, or the whole receipt in Hindi (printed as images)'),
  askStatus: z.boolean().default(true).describe('ask the printer for paper and cover status (DLE EOT) where the link allows'),
};

const Transport = {
  tcp: { host: z.string().min(1), port: z.int().min(1).max(65535).default(9100) },
  serial: { path: z.string().min(1).describe('COM3 on Windows, /dev/ttyUSB0 on Linux'), baudRate: Baud },
  /** the OS printer device: /dev/usb/lp0 on Linux (usblp), a shared port like \\.\USB001 or LPT1 on Windows */
  device: { path: z.string().min(1) },
  /** a Windows printer queue set to the "Generic / Text Only" or RAW driver */
  spooler: { queue: z.string().min(1) },
  /** direct USB (libusb): the printer's vendor and product ids */
  usb: { vendorId: z.int().min(1).max(0xffff), productId: z.int().min(1).max(0xffff) },
};

export const PrinterConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('tcp'), ...Transport.tcp, ...ReceiptOptions }),
  z.object({ kind: z.literal('serial'), ...Transport.serial, ...ReceiptOptions }),
  z.object({ kind: z.literal('device'), ...Transport.device, ...ReceiptOptions }),
  z.object({ kind: z.literal('spooler'), ...Transport.spooler, ...ReceiptOptions }),
  z.object({ kind: z.literal('usb'), ...Transport.usb, ...ReceiptOptions }),
]);

/** A customer pole display (2 × 20 characters, ESC/POS) on a serial port or the network. */
export const PoleDisplayConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('serial'), ...Transport.serial }),
  z.object({ kind: z.literal('tcp'), ...Transport.tcp }),
]);

/** The keyboard-wedge detector's settings, and an optional serial scanner read by the host. */
export const ScannerSettings = z.object({
  prefix: z.string().max(20).nullable().default(null).describe('a key the scanner sends before each code, e.g. F13'),
  suffixes: z.array(z.string().min(1).max(20)).min(1).max(4).default(['Enter', 'Tab']),
  minLength: z.int().min(1).max(64).default(4),
  avgGapMs: z.int().min(5).max(200).default(30).describe('a scan’s keys come at most this far apart on average'),
  maxGapMs: z.int().min(10).max(500).default(80).describe('the longest pause inside one scan'),
  serial: z
    .object({ path: z.string().min(1), baudRate: Baud, suffix: z.enum(['CR', 'LF', 'CRLF']).default('CR') })
    .nullable()
    .default(null),
});
