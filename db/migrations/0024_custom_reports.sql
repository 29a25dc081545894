-- 0024: the owner's saved custom reports. The spec is the builder's closed-vocabulary JSON (groupings,
-- measures, filters, sort), checked again by its schema whenever it is read back; a name is unique
-- regardless of case, so saving under the same name replaces the report.
CREATE TABLE custom_reports (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
  spec TEXT NOT NULL CHECK (json_valid(spec)),
  saved_by TEXT NOT NULL REFERENCES users (id),
  saved_at TEXT NOT NULL
) STRICT;
