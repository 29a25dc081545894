-- 0027: a product may name the GST portal's unit quantity code (UQC) it is filed under in the HSN
-- summary; NULL files the code its unit maps to.
ALTER TABLE products ADD COLUMN uqc TEXT;
