import { createHash, X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type Forge from 'node-forge';
import { onFirstUse } from '../../../printers/on-first-use';

// Only a LAN host with HTTPS makes or reads certificates.
const forge = onFirstUse<typeof Forge>('node-forge');

/**
 * HTTPS for the shop's Wi-Fi without any outside service: a certificate authority of this shop
 * alone, made once at the counter PC (its key never leaves the data folder, 0600), and a server
 * certificate it signs for this PC's LAN addresses and names, made again when they change or a
 * month before it runs out. A tablet trusts the host by installing the shop's CA certificate
 * (served at CA_CERT_PATH) and checking its SHA-256 fingerprint against the one the counter PC
 * shows in the pairing QR. docs/security.md says what this covers and what it leaves.
 */
export interface ShopTls {
  key: string;
  cert: string;
  caCert: string;
  /** SHA-256 of the CA certificate (DER), as browsers and phones show it: AB:CD:… */
  caFingerprint: string;
  /** the names and addresses the server certificate is good for */
  names: string[];
}

export const TLS_DIR = 'tls';
export const CA_CERT_PATH = '/tls/shop-ca.crt';
const CA_YEARS = 10;
/** the longest a server certificate may live for browsers to accept it (398 days) */
const SERVER_DAYS = 397;
const RENEW_BEFORE_MS = 30 * 86_400_000;

const files = (dataDir: string) => {
  const dir = join(dataDir, TLS_DIR);
  return { dir, caKey: join(dir, 'ca.key'), caCert: join(dir, 'ca.crt'), key: join(dir, 'server.key'), cert: join(dir, 'server.crt') };
};

/** Written whole (a temporary file renamed into place), owner-only. */
function writePrivate(file: string, text: string) {
  writeFileSync(`${file}.tmp`, text, { mode: 0o600 });
  chmodSync(`${file}.tmp`, 0o600);
  renameSync(`${file}.tmp`, file);
}

export function fingerprintOf(certPem: string): string {
  const der = Buffer.from(
    forge()
      .asn1.toDer(forge().pki.certificateToAsn1(forge().pki.certificateFromPem(certPem)))
      .getBytes(),
    'binary',
  );
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/.{2}/g)?.join(':') ?? '';
}

const serial = () => `01${forge().util.bytesToHex(forge().random.getBytesSync(15))}`;

function makeCa(shopName: string): { key: Forge.pki.rsa.PrivateKey; cert: Forge.pki.Certificate } {
  const keys = forge().pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = forge().pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + CA_YEARS * 365 * 86_400_000);
  const subject = [
    { name: 'commonName', value: `SmartKirana shop CA (${shopName.slice(0, 40)})` },
    { name: 'organizationName', value: 'SmartKirana' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge().md.sha256.create());
  return { key: keys.privateKey, cert };
}

function makeServer(ca: { key: Forge.pki.rsa.PrivateKey; cert: Forge.pki.Certificate }, names: readonly string[]) {
  const keys = forge().pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = forge().pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + SERVER_DAYS * 86_400_000);
  cert.setSubject([{ name: 'commonName', value: names[0] ?? 'localhost' }]);
  cert.setIssuer(ca.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: names.map((n) => (isIP(n) ? { type: 7, ip: n } : { type: 2, value: n })) },
  ]);
  cert.sign(ca.key, forge().md.sha256.create());
  return { key: forge().pki.privateKeyToPem(keys.privateKey), cert: forge().pki.certificateToPem(cert) };
}

/** Whether the stored server certificate covers exactly these names and is not about to run out. */
function stillGood(certPem: string, names: readonly string[], now: Date): boolean {
  try {
    const x = new X509Certificate(certPem);
    const has = (x.subjectAltName ?? '').split(', ').map((e) => e.replace(/^(DNS|IP Address):/, '').toLowerCase());
    const covers = names.every((n) => has.includes(n.toLowerCase())) && has.length === names.length;
    return covers && new Date(x.validTo).getTime() - now.getTime() > RENEW_BEFORE_MS;
  } catch {
    return false;
  }
}

/**
 * The shop's CA (made on first use) and a server certificate for `names` (this PC's LAN
 * addresses, its name and name.local, localhost, 127.0.0.1).
 */
export function ensureShopTls(dataDir: string, names: readonly string[], shopName = 'shop', now = new Date()): ShopTls {
  const f = files(dataDir);
  mkdirSync(f.dir, { recursive: true, mode: 0o700 });
  chmodSync(f.dir, 0o700);
  let ca: { key: Forge.pki.rsa.PrivateKey; cert: Forge.pki.Certificate };
  if (existsSync(f.caKey) && existsSync(f.caCert)) {
    ca = { key: forge().pki.privateKeyFromPem(readFileSync(f.caKey, 'utf8')), cert: forge().pki.certificateFromPem(readFileSync(f.caCert, 'utf8')) };
  } else {
    ca = makeCa(shopName);
    writePrivate(f.caKey, forge().pki.privateKeyToPem(ca.key));
    writePrivate(f.caCert, forge().pki.certificateToPem(ca.cert));
  }
  const unique = [...new Set(names.map((n) => n.toLowerCase()))];
  if (!(existsSync(f.cert) && existsSync(f.key) && stillGood(readFileSync(f.cert, 'utf8'), unique, now))) {
    const server = makeServer(ca, unique);
    writePrivate(f.key, server.key);
    writePrivate(f.cert, server.cert);
  }
  const caCert = readFileSync(f.caCert, 'utf8');
  return { key: readFileSync(f.key, 'utf8'), cert: readFileSync(f.cert, 'utf8'), caCert, caFingerprint: fingerprintOf(caCert), names: unique };
}

/** What the server certificate must name: loopback, this PC's IPv4 LAN addresses, its name and name.local. */
export function lanNames(): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address));
  const name = hostname().toLowerCase();
  return ['localhost', '127.0.0.1', ...addresses, ...(/^[a-z0-9-]+$/.test(name) ? [name, `${name}.local`] : [])];
}
