import { describe, expect, it } from 'vitest';
import { accessFor, generateShopKeyPair, parseRoomName, signDeviceToken, signMessage, type Principal, type Role } from '../../sync-server';
import { decodePublicKey, openMessage, verifyDeviceToken } from '../../sync-server/tokens';

const keys = generateShopKeyPair();
const publicKey = decodePublicKey(keys.publicKey)!;
const rules = { nowSeconds: 1_000_000, maxLifetimeSeconds: 86_400, clockSkewSeconds: 60 };
const claims = { shop: 'demo', dev: 'tab1', role: 'manager' as const, iat: 999_000, exp: 1_003_600, jti: 'j1' };

describe('device tokens', () => {
  it('verify with the shop’s key and give back the claims', () => {
    expect(verifyDeviceToken(signDeviceToken(keys.privateKey, claims), publicKey, rules)).toEqual({ ok: true, claims: { v: 1, ...claims } });
  });

  it.each([
    ['expired', { ...claims, exp: 1_000_000 }, 'expired'],
    ['issued in the future', { ...claims, iat: 1_000_100 }, 'not-yet-valid'],
    ['living longer than allowed', { ...claims, exp: 999_000 + 86_401 }, 'too-long-lived'],
  ])('refuse a token %s', (_what, c, reason) => {
    expect(verifyDeviceToken(signDeviceToken(keys.privateKey, c), publicKey, rules)).toEqual({ ok: false, reason });
  });

  it('refuse a tampered token, another key’s, garbage, and a signed admin message passed off as a token', () => {
    const token = signDeviceToken(keys.privateKey, claims);
    const [body, sig] = token.split('.') as [string, string];
    const tampered = `${Buffer.from(Buffer.from(body, 'base64url').toString().replace('manager', 'counter')).toString('base64url')}.${sig}`;
    expect(verifyDeviceToken(tampered, publicKey, rules)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyDeviceToken(signDeviceToken(generateShopKeyPair().privateKey, claims), publicKey, rules)).toEqual({ ok: false, reason: 'signature' });
    for (const junk of ['', '.', 'a.b.c', 'x'.repeat(5000), '!!.??']) expect(verifyDeviceToken(junk, publicKey, rules).ok).toBe(false);
    const admin = signMessage(keys.privateKey, { v: 1, ...claims });
    expect(verifyDeviceToken(`${admin.payload}.${admin.sig}`, publicKey, rules)).toEqual({ ok: false, reason: 'signature' });
    expect(openMessage({ payload: body, sig }, publicKey)).toBeNull();
  });

  it('refuse well-signed claims of the wrong shape (a reader role, an odd id)', () => {
    const odd = signDeviceToken(keys.privateKey, { ...claims, dev: 'tab 1' });
    expect(verifyDeviceToken(odd, publicKey, rules)).toEqual({ ok: false, reason: 'malformed' });
    const reader = signDeviceToken(keys.privateKey, { ...claims, role: 'reader' as 'manager' });
    expect(verifyDeviceToken(reader, publicKey, rules)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('document names', () => {
  it('parses the shop’s documents, shards included', () => {
    expect(parseRoomName('shop/s1/catalog')).toMatchObject({ shopId: 's1', kind: 'catalog', deviceId: null, shard: null });
    expect(parseRoomName('shop/s1/staff/2026-12')).toMatchObject({ kind: 'staff', shard: '2026-12' });
    expect(parseRoomName('shop/s1/device/tab-1/outbox/g2')).toMatchObject({ kind: 'outbox', deviceId: 'tab-1', shard: 'g2' });
  });

  it.each([
    '',
    'shop',
    'shop/s1',
    'shop/s1/other',
    'shop/s 1/catalog',
    'shop/s1/device/t1',
    'shop/s1/device/t1/inbox',
    'shop/s1/catalog/a/b',
    'shop/s1/catalog/',
    'x/s1/catalog',
    `shop/${'x'.repeat(65)}/catalog`,
    'shop/s1/catalog/..',
  ])('refuses %j', (name) => {
    expect(parseRoomName(name)).toBeNull();
  });
});

describe('who may do what', () => {
  const as = (role: Role, deviceId: string | null = 'tab1', shopId = 's1'): Principal => ({ shopId, role, deviceId });
  const rooms = ['shop/s1/catalog', 'shop/s1/staff', 'shop/s1/device/tab1/outbox', 'shop/s1/device/tab2/outbox'].map((n) => parseRoomName(n)!);
  it.each<[Role, string[]]>([
    ['counter', ['write', 'write', 'read', 'read']],
    ['owner', ['read', 'read', 'write', 'none']],
    ['manager', ['read', 'read', 'write', 'none']],
    ['staff', ['read', 'read', 'write', 'none']],
    ['accountant', ['read', 'read', 'none', 'none']],
    ['reader', ['read', 'none', 'none', 'none']],
  ])('%s: catalog, staff, own outbox, another device’s outbox', (role, expected) => {
    expect(rooms.map((room) => accessFor(as(role, role === 'reader' ? null : 'tab1'), room))).toEqual(expected);
  });

  it('nobody has access to another shop’s documents', () => {
    expect(rooms.map((room) => accessFor(as('counter', 'c', 's2'), room))).toEqual(['none', 'none', 'none', 'none']);
  });
});
