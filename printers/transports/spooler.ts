import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrintError } from '../errors';
import type { PrinterLink } from './link';

/**
 * A printer queue of the operating system, fed raw ESC/POS bytes. On Windows the bytes go through
 * the spooler's WritePrinter with the RAW data type (the queue's driver may be "Generic / Text
 * Only" or the vendor's); elsewhere through CUPS (`lp -o raw`). One-way: no status comes back.
 */
export interface SpoolCommand {
  command: string;
  args: string[];
}

// C# through PowerShell's Add-Type: the documented way to send RAW data to a queue without a driver of our own.
const WINDOWS_SCRIPT = `
$ErrorActionPreference = 'Stop'
Add-Type -TypeDefinition @"
using System; using System.Runtime.InteropServices;
public static class SkRaw {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)] public class DocInfo { public string Name; public string Output; public string DataType; }
  [DllImport("winspool.drv", CharSet = CharSet.Unicode, SetLastError = true)] public static extern bool OpenPrinter(string name, out IntPtr h, IntPtr defaults);
  [DllImport("winspool.drv", SetLastError = true)] public static extern bool ClosePrinter(IntPtr h);
  [DllImport("winspool.drv", CharSet = CharSet.Unicode, SetLastError = true)] public static extern int StartDocPrinter(IntPtr h, int level, DocInfo di);
  [DllImport("winspool.drv", SetLastError = true)] public static extern bool EndDocPrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)] public static extern bool StartPagePrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)] public static extern bool EndPagePrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)] public static extern bool WritePrinter(IntPtr h, byte[] data, int count, out int written);
  public static void Send(string queue, byte[] data) {
    IntPtr h;
    if (!OpenPrinter(queue, out h, IntPtr.Zero)) throw new Exception("no printer queue named " + queue);
    try {
      if (StartDocPrinter(h, 1, new DocInfo { Name = "SmartKirana receipt", DataType = "RAW" }) == 0) throw new Exception("the spooler refused the job");
      StartPagePrinter(h);
      int written;
      bool ok = WritePrinter(h, data, data.Length, out written);
      EndPagePrinter(h); EndDocPrinter(h);
      if (!ok || written != data.Length) throw new Exception("the spooler took " + written + " of " + data.Length + " bytes");
    } finally { ClosePrinter(h); }
  }
}
"@
[SkRaw]::Send($env:SK_QUEUE, [System.IO.File]::ReadAllBytes($env:SK_FILE))
`;

/** The command that spools `file` to `queue`; the queue and file travel as environment variables, never spliced into code. */
export function spoolCommand(platform: NodeJS.Platform): SpoolCommand {
  if (platform === 'win32')
    return { command: 'powershell.exe', args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', WINDOWS_SCRIPT] };
  return { command: 'sh', args: ['-c', 'lp -d "$SK_QUEUE" -o raw -- "$SK_FILE"'] };
}

export function openSpooler(queue: string, platform: NodeJS.Platform = process.platform): Promise<PrinterLink> {
  const where = `Printer queue "${queue}"`;
  const chunks: Uint8Array[] = [];
  return Promise.resolve({
    where,
    write: async (bytes) => void chunks.push(bytes),
    // The spooler takes the whole job at once, when it is complete.
    async close() {
      const dir = await mkdtemp(join(tmpdir(), 'sk-spool-'));
      const file = join(dir, 'receipt.bin');
      try {
        await writeFile(file, Buffer.concat(chunks));
        const { command, args } = spoolCommand(platform);
        await new Promise<void>((resolve, reject) => {
          execFile(command, args, { env: { ...process.env, SK_QUEUE: queue, SK_FILE: file }, timeout: 20_000, windowsHide: true }, (err, _out, stderr) => {
            if (!err) return resolve();
            const notFound = (err as NodeJS.ErrnoException).code === 'ENOENT';
            reject(
              new PrintError(
                notFound
                  ? `${where}: ${command} is not available on this computer`
                  : `${where} did not take the receipt: ${String(stderr).trim() || err.message}`,
                'offline',
              ),
            );
          });
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    destroy: () => void chunks.splice(0),
  });
}
