import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sendJob } from '../../printers/print-receipt';
import { encodeBlocks } from '../../printers/escpos/encode';
import { PrinterConfig } from '../../app/core/contract';
import { tempDir } from '../support/test-host';

/** `npm run printer:virtual` as a developer runs it: a job in, its text on the console and its PNGs on disk. */
it('prints each job as text and saves its PNGs', async () => {
  const { dir, cleanup } = tempDir();
  const cli = spawn(join('node_modules', '.bin', 'tsx'), ['printers/virtual/cli.ts', '--port', '0', '--out', dir], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  cli.stdout.on('data', (c: Buffer) => (output += c.toString()));
  try {
    await expect.poll(() => /listening on 127\.0\.0\.1:(\d+)/.exec(output)?.[1], { timeout: 15_000 }).toBeTruthy();
    const port = Number(/listening on 127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
    const printer = PrinterConfig.parse({ kind: 'tcp', host: '127.0.0.1', port, width: 32, hindi: 'names' });
    if (printer.kind !== 'tcp') throw new Error('unreachable');
    await sendJob(
      printer,
      encodeBlocks(
        [
          { kind: 'text', text: 'Hello counter' },
          { kind: 'text', text: 'नमस्ते' },
          { kind: 'qr', data: 'upi://pay?pa=a%40b&am=1.00&cu=INR' },
          { kind: 'cut', partial: true },
        ],
        printer,
      ),
    );
    // The QR read back from the saved PNG is printed last, after the job's lines (slow on a busy machine).
    await expect.poll(() => output, { timeout: 10_000 }).toContain('QR: upi://pay?pa=a%40b&am=1.00&cu=INR');
    expect(output).toContain('[partial cut]');
    expect(output).toContain('Hello counter');
    expect(output).toContain('[image 384x36]');
    for (const f of ['job-001.png', 'job-001-image-1.png', 'job-001-qr-1.png']) expect(existsSync(join(dir, f)), f).toBe(true);
  } finally {
    cli.kill('SIGTERM');
    cleanup();
  }
});
