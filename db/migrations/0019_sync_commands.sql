-- 0019: commands queued offline on a tablet or phone (their outbox documents), as the counter
-- applied them. The command's uuid is the key: a command replayed, duplicated or seen again after a
-- restart is applied at most once. The posting itself carries the same uuid as its clientRef, so a
-- crash between the posting and this row repeats nothing when the command is seen again.
CREATE TABLE sync_commands (
  command_id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  method TEXT NOT NULL,
  user_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('applied', 'refused')),
  reference TEXT,
  message_en TEXT,
  message_hi TEXT,
  flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
  queued_at TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT;
CREATE INDEX sync_commands_device ON sync_commands (device_id, applied_at);
