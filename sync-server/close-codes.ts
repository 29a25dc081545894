/**
 * Close codes the relay sends. y-websocket ≥ 3.1 stops reconnecting on 4400–4499 (a decision the
 * client cannot fix by retrying) and retries everything else with exponential backoff, so the
 * permanent refusals live in 44xx and the "try again later" ones in 45xx or the standard range.
 */
export const CloseCode = {
  /** not the y-websocket protocol: unparseable URL, text frame, a frame that does not decode */
  badRequest: 4400,
  /** no token where one is needed, a token that fails verification, or one that expired */
  unauthenticated: 4401,
  /** a valid principal that may not open this document (another shop, a role without access) */
  forbidden: 4403,
  /** a document name that is not one of the shop's documents, or a shop the relay does not know */
  unknownDocument: 4404,
  /** the device was revoked by its shop */
  revoked: 4410,
  /** a message over the size limit, or an update that would take the document over its limit */
  tooLarge: 4413,
  /** the relay is shutting down; reconnect (possibly to another process) */
  goingAway: 1001,
  /** the relay could not load or store the document (database down); reconnect later */
  internalError: 1011,
  /** at capacity: connections per IP, per shop or in total, or documents per shop */
  atCapacity: 4503,
  /** too many messages or bytes per second, too many connection attempts, or a reader too slow to keep up */
  rateLimited: 4529,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Whether y-websocket gives up on this code (mirrors its default `shouldReconnect`). */
export const isPermanent = (code: number) => code >= 4400 && code < 4500;
