-- 0009: people, sessions and devices. The role list gains 'accountant' (the books and GST, not the
-- counter's cash); a CHECK cannot be altered, so users is rebuilt (migrate.ts runs migrations with
-- foreign keys off and checks them before commit). Lockouts grow with each one (lockouts), sessions
-- carry an id the owner can end them by and when they were last used, devices can be retired and
-- are registered with a short code, and the shop keeps the hash of its printed recovery code.
CREATE TABLE users_next (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('staff', 'manager', 'accountant', 'owner')),
  pin_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  lockouts INTEGER NOT NULL DEFAULT 0 CHECK (lockouts >= 0),
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO users_next (id, name, role, pin_hash, active, failed_attempts, locked_until, created_at)
  SELECT id, name, role, pin_hash, active, failed_attempts, locked_until, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_next RENAME TO users;

-- Sessions of the old shape were bound to nothing and never expired: they all end here.
DROP TABLE sessions;
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users (id),
  device_id TEXT NOT NULL REFERENCES devices (id),
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_device ON sessions (device_id);

ALTER TABLE devices ADD COLUMN retired_at TEXT;
ALTER TABLE devices ADD COLUMN last_used_at TEXT;

-- A code shown on a registered screen that a new browser types to register itself (short-lived).
CREATE TABLE device_codes (
  code_hash TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;

-- The printed recovery code: at most one unused at a time.
CREATE TABLE recovery_codes (
  id TEXT PRIMARY KEY,
  code_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  used_at TEXT
) STRICT;
