/** What one relay process allows; docs/sync.md explains each default. */
export interface Limits {
  /** largest message accepted; larger ones close the connection with 4413 */
  maxMessageBytes: number;
  /** sustained and burst messages per second per connection */
  messagesPerSecond: number;
  messageBurst: number;
  /** sustained and burst bytes per second per connection */
  bytesPerSecond: number;
  byteBurst: number;
  /** connection attempts per second (and burst) from one IP address */
  upgradesPerSecondPerIp: number;
  upgradeBurstPerIp: number;
  maxConnectionsPerIp: number;
  maxConnectionsPerShop: number;
  maxConnections: number;
  maxDocumentsPerShop: number;
  /** an update that would take a document past this is refused with 4413 */
  maxDocumentBytes: number;
  /** awareness (presence) messages above this are dropped */
  maxAwarenessBytes: number;
  /** a reader whose unsent backlog passes this is closed (4529) rather than buffered without end */
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 1 << 20,
  messagesPerSecond: 100,
  messageBurst: 400,
  bytesPerSecond: 2 << 20,
  byteBurst: 8 << 20,
  upgradesPerSecondPerIp: 20,
  upgradeBurstPerIp: 100,
  maxConnectionsPerIp: 500,
  maxConnectionsPerShop: 200,
  maxConnections: 20_000,
  maxDocumentsPerShop: 1_000,
  maxDocumentBytes: 16 << 20,
  maxAwarenessBytes: 32 << 10,
  maxBufferedBytes: 16 << 20,
};

/** A token bucket: `take` answers whether `cost` fits now. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(cost = 1): boolean {
    const at = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((at - this.last) / 1000) * this.perSecond);
    this.last = at;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** whether the bucket is full again (nothing to remember about this key) */
  idle(): boolean {
    return this.tokens + ((this.now() - this.last) / 1000) * this.perSecond >= this.burst;
  }
}

/** How many of something each key holds (connections per IP, per shop). */
export class Tally {
  private readonly counts = new Map<string, number>();

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  add(key: string): void {
    this.counts.set(key, this.get(key) + 1);
  }

  remove(key: string): void {
    const left = this.get(key) - 1;
    if (left > 0) this.counts.set(key, left);
    else this.counts.delete(key);
  }
}

/** Per-key buckets that forget keys once their bucket is full again, so a scan of many IPs leaves nothing behind. */
export class BucketsByKey {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  take(key: string): boolean {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size > 50_000) this.sweep();
      bucket = new TokenBucket(this.perSecond, this.burst);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }

  sweep(): void {
    for (const [key, bucket] of this.buckets) if (bucket.idle()) this.buckets.delete(key);
  }
}
