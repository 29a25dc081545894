import type { z } from 'zod';
import { PrinterConfig } from '../../../../core/contract';

/**
 * The printer form's state: every field of every connection kind as text, so switching kinds
 * keeps what was typed; turned into a PrinterConfig (validated by the contract) on save or test.
 */
export type Printer = z.output<typeof PrinterConfig>;
export type Kind = Printer['kind'];

export interface PrinterDraft {
  kind: Kind;
  host: string;
  port: string;
  path: string;
  baudRate: number;
  queue: string;
  vendorId: string;
  productId: string;
  width: 32 | 48;
  codePage: 'cp437' | 'cp858' | 'win1252';
  drawer: 'never' | 'cash' | 'always';
  drawerPin: 2 | 5;
  cut: 'partial' | 'full' | 'none';
  qr: 'native' | 'raster' | 'off';
  hindi: 'off' | 'names' | 'receipt';
  askStatus: boolean;
}

const DEFAULTS = PrinterConfig.parse({ kind: 'tcp', host: 'x' });
const hex = (n: number) => n.toString(16).padStart(4, '0');

export function draftOf(p: Printer): PrinterDraft {
  const o = p.kind === 'none' ? DEFAULTS : p;
  if (o.kind === 'none') throw new Error('unreachable');
  return {
    kind: p.kind,
    host: o.kind === 'tcp' && p.kind !== 'none' ? o.host : '',
    port: String(o.kind === 'tcp' ? o.port : 9100),
    path: o.kind === 'serial' || o.kind === 'device' ? o.path : '',
    baudRate: o.kind === 'serial' ? o.baudRate : 9600,
    queue: o.kind === 'spooler' ? o.queue : '',
    vendorId: o.kind === 'usb' ? hex(o.vendorId) : '',
    productId: o.kind === 'usb' ? hex(o.productId) : '',
    width: o.width,
    codePage: o.codePage,
    drawer: o.drawer,
    drawerPin: o.drawerPin,
    cut: o.cut,
    qr: o.qr,
    hindi: o.hindi,
    askStatus: o.askStatus,
  };
}

/** The settings the draft describes, or the first field the schema refused. */
export function configOf(d: PrinterDraft): { ok: true; printer: Printer } | { ok: false; field: string } {
  const options = {
    width: d.width,
    codePage: d.codePage,
    drawer: d.drawer,
    drawerPin: d.drawerPin,
    cut: d.cut,
    qr: d.qr,
    hindi: d.hindi,
    askStatus: d.askStatus,
  };
  const byKind = {
    none: { kind: 'none' },
    tcp: { kind: 'tcp', host: d.host.trim(), port: Number(d.port), ...options },
    serial: { kind: 'serial', path: d.path.trim(), baudRate: d.baudRate, ...options },
    device: { kind: 'device', path: d.path.trim(), ...options },
    spooler: { kind: 'spooler', queue: d.queue.trim(), ...options },
    usb: { kind: 'usb', vendorId: parseInt(d.vendorId, 16), productId: parseInt(d.productId, 16), ...options },
  } as const;
  const parsed = PrinterConfig.safeParse(byKind[d.kind]);
  if (parsed.success) return { ok: true, printer: parsed.data };
  return { ok: false, field: String(parsed.error.issues[0]?.path[0] ?? '') };
}
