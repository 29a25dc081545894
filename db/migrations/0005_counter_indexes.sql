-- 0005: fewer index pages written by every bill (issue #2's post-bill target).
-- Each index a bill's rows land in costs that bill a 4 KB page in the WAL and in its fsync; the
-- product-keyed ones cost one page per line, since a bill's products sit far apart in them.
-- stock_moves (product_id) is a prefix of stock_moves_product_at (product_id, id), which serves
-- every query it did; nothing looks invoice lines up by product (stock history, FEFO and sales by
-- product read stock_moves), and products are retired, never deleted, so no foreign-key check needs it.
DROP INDEX stock_moves_product;
DROP INDEX invoice_lines_product;
