-- 0021: the owner's notes on anomaly alerts. An alert's id is the same every time the insights job
-- finds the same thing (type, subject, day), so a dismissal stored against it stays when the job runs
-- again. The note says why (who checked what); the dismissal is also written to the audit log.
CREATE TABLE insight_dismissals (
  alert_id TEXT PRIMARY KEY,
  note TEXT NOT NULL CHECK (length(trim(note)) > 0),
  dismissed_by TEXT NOT NULL REFERENCES users (id),
  dismissed_at TEXT NOT NULL
) STRICT;
