// The relay's public face: the host embeds it (createRelay + its own authenticate or the token
// checks) and signs device tokens with the shop's key; the standalone relay is main.ts.
export { createRelay, type OpenDocument, type Relay, type RelayOptions } from './relay';
export { createTokenAuthenticator, type Authenticate, type AuthResult } from './auth';
export { CloseCode, isPermanent } from './close-codes';
export { DEFAULT_LIMITS, type Limits } from './limits';
export { createMemoryRegistry, type ShopRegistry } from './registry';
export { accessFor, parseRoomName, ROLES, type Access, type Principal, type Role, type RoomName } from './rooms';
export { createMemoryStore, foldUpdates, type RoomStore } from './store';
export { type RoomBus } from './bus';
export { createRedisBus } from './redis-bus';
export { createPostgresRegistry, createPostgresStore, preparePostgres } from './postgres';
export {
  exportPrivateKey,
  generateShopKeyPair,
  importPrivateKey,
  signDeviceToken,
  signMessage,
  type DeviceClaims,
  type ShopKeyPair,
  type SignedMessage,
} from './tokens';
export { createWebShopRoutes, WEB_SHOP_LIMITS } from './web-shop/routes';
export { escapeHtml, PAGE_POLICY } from './web-shop/page';
export { createMemoryWebShopStore, createPostgresWebShopStore, prepareWebShopTables, type WebShopStore } from './web-shop/store';
