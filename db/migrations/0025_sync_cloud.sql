-- 0025: the cloud relay this shop bridges its documents to (at most one row). The private key signs
-- the tokens of the shop's devices and of the counter; the relay knows only the public half,
-- registered once with the relay operator's secret (the secret itself is not kept).
CREATE TABLE sync_cloud (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  relay_url TEXT NOT NULL,
  private_key_pem TEXT NOT NULL,
  public_key TEXT NOT NULL,
  configured_at TEXT NOT NULL
) STRICT;
