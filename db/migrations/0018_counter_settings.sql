-- 0018: the counter's own settings for the whole shop (JSON, filled with defaults by the contract
-- when read), e.g. above which quantity the cashier is asked to confirm a line.
ALTER TABLE shop ADD COLUMN counter TEXT NOT NULL DEFAULT '{}';
