-- A catalogue import is written in short transactions so the counter keeps billing. Each chunk's
-- products are written inactive and listed here; the import's own row turning 'committed' is the
-- point of no return. At start (and before a retry) rows of an import that never reached it are
-- deleted with their products; rows of a committed import are activated and dropped.
CREATE TABLE catalog_import_rows (
  product_id TEXT PRIMARY KEY REFERENCES products (id),
  import_id TEXT NOT NULL REFERENCES catalog_imports (id),
  active INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT, WITHOUT ROWID;
CREATE INDEX catalog_import_rows_import ON catalog_import_rows (import_id);
