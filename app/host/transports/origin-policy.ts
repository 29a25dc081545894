import { hostname as machineName, networkInterfaces } from 'node:os';

/**
 * Which names this host answers to, and which pages may call it. A web page on any site the
 * counter PC visits can point its own name at 127.0.0.1 (DNS rebinding); its requests then carry
 * that name in `Host:` and its own site in `Origin:`. Answering only known names, and only our
 * own origins, leaves such a page nothing to read or write.
 */
export interface OriginPolicyOptions {
  /** true when the tablet and phone on the shop's Wi-Fi may connect (--lan) */
  lan: boolean;
  /** extra names the owner configured (e.g. "kirana-pc.local"), and the address the server is bound to */
  names?: readonly string[];
  /** whole origins allowed besides our own (e.g. the Vite dev server) */
  origins?: readonly string[];
}

export interface OriginPolicy {
  /** an allowed `Host:` header, normalised, or null */
  host(header: string | undefined): HostName | null;
  /** an absent Origin (not a browser, or a plain navigation) passes; "null" and foreign ones do not */
  origin(header: string | undefined, port: number): boolean;
  /** every name allowed right now (for messages and tests) */
  names(): string[];
}

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];
const REFRESH_MS = 5_000;

export interface HostName {
  /** `localhost`, `192.168.1.20`, `::1` */
  name: string;
  /** name and port as a URL writes them: `[::1]:4747` */
  authority: string;
}

/** `Example.:80` → example, `[::1]:4747` → ::1; lower case, without a trailing dot; null if malformed. */
export function parseHostHeader(header: string): HostName | null {
  const text = header.trim().toLowerCase();
  const v6 = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/.exec(text);
  if (v6?.[1]) return { name: v6[1], authority: `[${v6[1]}]${v6[2] ? `:${v6[2]}` : ''}` };
  const named = /^([a-z0-9_.-]+?)\.?(?::(\d{1,5}))?$/.exec(text);
  if (!named?.[1]) return null;
  return { name: named[1], authority: `${named[1]}${named[2] ? `:${named[2]}` : ''}` };
}

/** This PC's addresses on its networks (Wi-Fi, Ethernet), which the tablet types or the QR carries. */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (!a.internal && !a.address.startsWith('fe80:')) out.push(a.address.toLowerCase());
  }
  return out;
}

export function createOriginPolicy(options: OriginPolicyOptions): OriginPolicy {
  const configured = (options.names ?? []).map((n) => parseHostHeader(n)?.name ?? n.toLowerCase()).filter((n) => n !== '0.0.0.0' && n !== '::');
  const extraOrigins = new Set((options.origins ?? []).map((o) => o.toLowerCase().replace(/\/$/, '')));
  let cached: Set<string> | null = null;
  let cachedAt = 0;
  // Addresses change when DHCP renews or the PC moves to another Wi-Fi, so the list is re-read every few seconds.
  const allowed = (): Set<string> => {
    const now = Date.now();
    if (cached && now - cachedAt < REFRESH_MS) return cached;
    const names = new Set([...LOOPBACK, ...configured]);
    if (options.lan) {
      for (const a of lanAddresses()) names.add(a);
      const machine = machineName().toLowerCase();
      names.add(machine);
      names.add(`${machine}.local`);
    }
    cached = names;
    cachedAt = now;
    return names;
  };

  return {
    host(header) {
      if (header === undefined) return null;
      const parsed = parseHostHeader(header);
      return parsed !== null && allowed().has(parsed.name) ? parsed : null;
    },
    origin(header, port) {
      if (header === undefined) return true;
      const text = header.trim().toLowerCase();
      if (extraOrigins.has(text)) return true;
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return false;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
      if (`${url.protocol}//${url.host}` !== text) return false;
      const originPort = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
      const name = url.hostname.replace(/^\[|\]$/g, '');
      return originPort === port && allowed().has(name);
    },
    names: () => [...allowed()],
  };
}
