-- 0017: the GST portal's HSN master (code and official description), loaded by the owner from the
-- portal's HSN file. The HSN summary of GSTR-1 names each code by it; without it, by a product.
CREATE TABLE hsn_master (
  code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 8 AND code NOT GLOB '*[^0-9]*'),
  description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 500)
) STRICT;
