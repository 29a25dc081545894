/**
 * What no message may say: an internal id, whether the host's (a kind and a UUIDv7,
 * "prod-0199f1a2-7c3e-7d4a-…"), a test's sequential one ("inv-0001") or the demo shop's
 * ("prod-demo-001").
 */
export const ID_LIKE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[a-z]{2,8}-(?:demo-)?\d{3,}\b/;

export const DEVANAGARI = /[\u0900-\u097F]/;
