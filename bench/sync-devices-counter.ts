import { API_PATH, DEVICE_HEADER } from '../app/core/contract';

/**
 * The counter's screens in a process of their own (bench/sync-devices.ts spawns it), posting bills
 * to the host over HTTP as the screens do. A bill reaches the host as a request, between two of the
 * applier's batches, as at a real counter: an in-process client chains its calls as microtasks and
 * would keep the applier (and the relay's sockets) off the thread until it stops.
 */
/** n bills, each sent `everyMs` after the one before it (or as soon as that one is answered, if later); 0: back to back */
export type ToCounter = { type: 'bills'; n: number; everyMs: number };
/** each bill: when it was sent (ms since the epoch, to set beside the host's clock) and how long its answer took */
export type FromCounter = { type: 'ready' } | { type: 'bills'; samples: Array<{ sentAt: number; ms: number }> };

const hostUrl = process.env.HOST_URL ?? '';
const headers = {
  'content-type': 'application/json',
  authorization: `Bearer ${process.env.COUNTER_TOKEN ?? ''}`,
  [DEVICE_HEADER]: process.env.COUNTER_DEVICE ?? '',
};
const lines = [{ productId: process.env.PRODUCT_ID ?? '', qtyMilli: 1000 }];
const payablePaise = Number(process.env.PAYABLE_PAISE);

async function bill(): Promise<{ sentAt: number; ms: number }> {
  const sentAt = performance.timeOrigin + performance.now();
  const started = performance.now();
  const body = JSON.stringify({ lines, clientRef: crypto.randomUUID(), tenders: [{ method: 'cash', amountPaise: payablePaise }] });
  const response = await fetch(`${hostUrl}${API_PATH}billing.postInvoice`, { method: 'POST', headers, body });
  const reply = (await response.json()) as { ok: boolean; error?: unknown };
  if (!reply.ok) throw new Error(`the counter's bill was refused: ${JSON.stringify(reply.error)}`);
  return { sentAt, ms: performance.now() - started };
}

const say = (message: FromCounter) => process.send?.(message);

process.on('message', (message: ToCounter) => {
  void (async () => {
    const samples: Array<{ sentAt: number; ms: number }> = [];
    const first = performance.now();
    for (let i = 0; i < message.n; i += 1) {
      const due = first + i * message.everyMs - performance.now();
      if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
      samples.push(await bill());
    }
    say({ type: 'bills', samples });
  })().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
});
say({ type: 'ready' });
