import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Gauges, Metrics } from './metrics';
import type { ShopRegistry } from './registry';
import { decodePublicKey, openMessage } from './tokens';

export interface EndpointOptions {
  prefix: string;
  metrics: Metrics;
  gauges: () => Gauges;
  /** null when healthy, else why not (shutting down, the store failing) */
  trouble: () => string | null;
  /** when set, /metrics wants `Authorization: Bearer <token>` */
  metricsToken?: string;
  registry?: ShopRegistry;
  /** when set (with a registry), shops may register their public key */
  registrationSecret?: string;
  onRegistered: (shopId: string) => void;
  revoke: (shopId: string, deviceId: string, at: number) => Promise<number>;
  log: (message: string) => void;
}

const MAX_BODY = 64 << 10;
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const RegistrationSchema = z.object({ publicKey: z.string().max(64), secret: z.string().max(512) });
const RevocationSchema = z.object({
  shop: id,
  devices: z
    .array(z.object({ device: id, at: z.number().int().nonnegative() }))
    .min(1)
    .max(100),
});

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.setTimeout(10_000, () => reject(new HttpError(408, 'body too slow')));
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'the body is not JSON'));
      }
    });
  });
}

const sameSecret = (a: string, b: string) => timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

/**
 * The relay's plain HTTP side, under the same prefix as its documents: `health`, `metrics`
 * (Prometheus text) and `metrics.json`, and for a standalone relay the shop's admin calls:
 * `shops/<id>/register` (first contact, with the relay's registration secret) and
 * `shops/<id>/revocations` (signed by the shop's key).
 */
export function createEndpoints(options: EndpointOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method === 'GET' && path === 'health') {
      const trouble = options.trouble();
      return send(res, trouble ? 503 : 200, { status: trouble ?? 'ok', ...options.gauges() });
    }
    if (req.method === 'GET' && (path === 'metrics' || path === 'metrics.json')) {
      if (options.metricsToken && !sameSecret(req.headers.authorization ?? '', `Bearer ${options.metricsToken}`))
        throw new HttpError(401, 'metrics need the token');
      if (path === 'metrics.json') return send(res, 200, options.metrics.snapshot(options.gauges()));
      return send(res, 200, options.metrics.prometheus(options.gauges()), 'text/plain; version=0.0.4; charset=utf-8');
    }
    const shopCall = /^shops\/([A-Za-z0-9_-]{1,64})\/(register|revocations)$/.exec(path);
    const registry = options.registry;
    if (req.method !== 'POST' || !shopCall || !registry) throw new HttpError(404, 'not found');
    const shopId = shopCall[1] as string;
    const body = await readJson(req);
    if (shopCall[2] === 'register') {
      const registration = RegistrationSchema.safeParse(body);
      if (!registration.success || !decodePublicKey(registration.data.publicKey)) throw new HttpError(400, 'expected { publicKey, secret }');
      if (!options.registrationSecret || !sameSecret(registration.data.secret, options.registrationSecret))
        throw new HttpError(403, 'wrong registration secret');
      const outcome = await registry.register(shopId, registration.data.publicKey);
      if (outcome === 'conflict') throw new HttpError(409, 'this shop is registered with another key');
      if (outcome === 'created') options.onRegistered(shopId);
      return send(res, outcome === 'created' ? 201 : 200, { registered: shopId });
    }
    const key = await registry.publicKey(shopId);
    const publicKey = key === null ? null : decodePublicKey(key);
    if (!publicKey) throw new HttpError(404, 'unknown shop');
    const revocation = RevocationSchema.safeParse(openMessage(body, publicKey));
    if (!revocation.success || revocation.data.shop !== shopId) throw new HttpError(403, 'not signed by this shop');
    let closed = 0;
    for (const { device, at } of revocation.data.devices) closed += await options.revoke(shopId, device, at);
    return send(res, 200, { revoked: revocation.data.devices.length, closed });
  }

  return (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(options.prefix)) return false;
    // Only its own names: under the prefix `/` everything else is a shop's web catalog (web-shop/routes.ts).
    const own = path.slice(options.prefix.length);
    if (!/^(health|metrics|metrics\.json|shops\/[^/]+\/(register|revocations))$/.test(own)) return false;
    route(req, res, path.slice(options.prefix.length)).catch((e: unknown) => {
      if (!(e instanceof HttpError)) options.log(`[relay] ${req.method} ${path} failed: ${(e as Error).message}`);
      if (res.headersSent) return res.destroy();
      send(res, e instanceof HttpError ? e.status : 500, { error: e instanceof HttpError ? e.message : 'the relay could not answer' });
    });
    return true;
  };
}
