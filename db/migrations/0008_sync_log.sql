-- 0007: the embedded sync relay's update log. One row per batch of Yjs updates of one document
-- (room), folded into a single row now and then (db/sync-log.ts). The relay keeps no other state:
-- who may open which document is the host's session table.
CREATE TABLE sync_updates (
  seq INTEGER PRIMARY KEY,
  room TEXT NOT NULL,
  data BLOB NOT NULL
) STRICT;
CREATE INDEX sync_updates_room_seq ON sync_updates (room, seq);
