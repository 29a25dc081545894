/**
 * Headers on every answer. The policy fits what the screens do: scripts only from this host (and
 * WebAssembly for the camera's barcode reader), inline styles (React's `style` props), pictures
 * from data: and blob: URLs (labels, QR codes, downloads), the camera as a mediastream, and the
 * event socket on this same host. Nothing may frame the app, and no address (invoice share keys
 * ride in URLs) leaks to another site as a referrer.
 */
export function contentSecurityPolicy(host: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob: mediastream:",
    "font-src 'self' data:",
    `connect-src 'self' ws://${host} wss://${host}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `host` is the request's validated Host header (name and port), used for the event socket's address. */
export function securityHeaders(host: string): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(host),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(self), microphone=(), geolocation=(), payment=()',
  };
}
