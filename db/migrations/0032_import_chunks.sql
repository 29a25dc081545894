-- An uploaded file arrives in chunks (512 KB each from the screens). Each chunk is its own row, so
-- adding one writes only its own bytes and the host's thread is held for that long, not for the
-- whole file so far. catalog_imports.bytes keeps what older versions stored there.
CREATE TABLE catalog_import_chunks (
  import_id TEXT NOT NULL REFERENCES catalog_imports (id),
  start INTEGER NOT NULL CHECK (start >= 0),
  bytes BLOB NOT NULL
) STRICT;
CREATE UNIQUE INDEX catalog_import_chunks_at ON catalog_import_chunks (import_id, start);
