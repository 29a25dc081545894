-- The owner's dashboard reads sums, not bills: per business date and IST hour, and per date and
-- product, kept by triggers in the same transaction as the bill, its lines, its payments and its
-- cancellation (a cancelled bill leaves its day, as the books' reversal dated on the bill's day
-- does). A year of a busy shop is a few thousand hour rows, so any period is a short range read.
CREATE TABLE sales_hourly (
  date TEXT NOT NULL,
  hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
  bills INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  payable_paise INTEGER NOT NULL,
  taxable_paise INTEGER NOT NULL,
  cost_paise INTEGER NOT NULL,
  discount_paise INTEGER NOT NULL,
  cash_paise INTEGER NOT NULL,
  upi_paise INTEGER NOT NULL,
  card_paise INTEGER NOT NULL,
  credit_paise INTEGER NOT NULL,
  PRIMARY KEY (date, hour)
) STRICT, WITHOUT ROWID;

CREATE TABLE product_sales_daily (
  date TEXT NOT NULL,
  product_id TEXT NOT NULL,
  lines INTEGER NOT NULL,
  qty_milli INTEGER NOT NULL,
  taxable_paise INTEGER NOT NULL,
  cost_paise INTEGER NOT NULL,
  PRIMARY KEY (date, product_id)
) STRICT, WITHOUT ROWID;

INSERT INTO sales_hourly
  SELECT i.date, CAST(strftime('%H', i.created_at, '+330 minutes') AS INTEGER), count(*),
    coalesce(sum((SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = i.id)), 0),
    sum(i.payable_paise), sum(i.taxable_paise), sum(i.cost_paise), sum(i.discount_paise),
    coalesce(sum((SELECT sum(p.amount_paise) FROM payments p WHERE p.invoice_id = i.id AND p.method = 'cash')), 0),
    coalesce(sum((SELECT sum(p.amount_paise) FROM payments p WHERE p.invoice_id = i.id AND p.method = 'upi')), 0),
    coalesce(sum((SELECT sum(p.amount_paise) FROM payments p WHERE p.invoice_id = i.id AND p.method = 'card')), 0),
    coalesce(sum((SELECT sum(p.amount_paise) FROM payments p WHERE p.invoice_id = i.id AND p.method = 'credit')), 0)
  FROM invoices i WHERE i.status = 'posted' GROUP BY 1, 2;

INSERT INTO product_sales_daily
  SELECT i.date, l.product_id, count(*), sum(l.qty_milli), sum(l.taxable_paise), sum(l.cost_paise)
  FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.status = 'posted' GROUP BY 1, 2;

CREATE TRIGGER sales_hourly_bill AFTER INSERT ON invoices WHEN NEW.status = 'posted' BEGIN
  INSERT INTO sales_hourly VALUES (NEW.date, CAST(strftime('%H', NEW.created_at, '+330 minutes') AS INTEGER), 1, 0,
    NEW.payable_paise, NEW.taxable_paise, NEW.cost_paise, NEW.discount_paise, 0, 0, 0, 0)
  ON CONFLICT (date, hour) DO UPDATE SET bills = bills + 1, payable_paise = payable_paise + excluded.payable_paise,
    taxable_paise = taxable_paise + excluded.taxable_paise, cost_paise = cost_paise + excluded.cost_paise,
    discount_paise = discount_paise + excluded.discount_paise;
END;

CREATE TRIGGER sales_hourly_line AFTER INSERT ON invoice_lines BEGIN
  UPDATE sales_hourly SET lines = lines + 1
  WHERE (date, hour) = (SELECT i.date, CAST(strftime('%H', i.created_at, '+330 minutes') AS INTEGER) FROM invoices i WHERE i.id = NEW.invoice_id AND i.status = 'posted');
  INSERT INTO product_sales_daily
    SELECT i.date, NEW.product_id, 1, NEW.qty_milli, NEW.taxable_paise, NEW.cost_paise FROM invoices i WHERE i.id = NEW.invoice_id AND i.status = 'posted'
  ON CONFLICT (date, product_id) DO UPDATE SET lines = lines + 1, qty_milli = qty_milli + excluded.qty_milli,
    taxable_paise = taxable_paise + excluded.taxable_paise, cost_paise = cost_paise + excluded.cost_paise;
END;

CREATE TRIGGER sales_hourly_payment AFTER INSERT ON payments BEGIN
  UPDATE sales_hourly SET
    cash_paise = cash_paise + (CASE NEW.method WHEN 'cash' THEN NEW.amount_paise ELSE 0 END),
    upi_paise = upi_paise + (CASE NEW.method WHEN 'upi' THEN NEW.amount_paise ELSE 0 END),
    card_paise = card_paise + (CASE NEW.method WHEN 'card' THEN NEW.amount_paise ELSE 0 END),
    credit_paise = credit_paise + (CASE NEW.method WHEN 'credit' THEN NEW.amount_paise ELSE 0 END)
  WHERE (date, hour) = (SELECT i.date, CAST(strftime('%H', i.created_at, '+330 minutes') AS INTEGER) FROM invoices i WHERE i.id = NEW.invoice_id AND i.status = 'posted');
END;

CREATE TRIGGER sales_hourly_cancel AFTER UPDATE OF status ON invoices WHEN OLD.status = 'posted' AND NEW.status = 'cancelled' BEGIN
  UPDATE sales_hourly SET bills = bills - 1,
    lines = lines - (SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = NEW.id),
    payable_paise = payable_paise - NEW.payable_paise, taxable_paise = taxable_paise - NEW.taxable_paise,
    cost_paise = cost_paise - NEW.cost_paise, discount_paise = discount_paise - NEW.discount_paise,
    cash_paise = cash_paise - (SELECT coalesce(sum(amount_paise), 0) FROM payments WHERE invoice_id = NEW.id AND method = 'cash'),
    upi_paise = upi_paise - (SELECT coalesce(sum(amount_paise), 0) FROM payments WHERE invoice_id = NEW.id AND method = 'upi'),
    card_paise = card_paise - (SELECT coalesce(sum(amount_paise), 0) FROM payments WHERE invoice_id = NEW.id AND method = 'card'),
    credit_paise = credit_paise - (SELECT coalesce(sum(amount_paise), 0) FROM payments WHERE invoice_id = NEW.id AND method = 'credit')
  WHERE date = OLD.date AND hour = CAST(strftime('%H', OLD.created_at, '+330 minutes') AS INTEGER);
  UPDATE product_sales_daily SET
    lines = lines - (SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = NEW.id AND l.product_id = product_sales_daily.product_id),
    qty_milli = qty_milli - (SELECT coalesce(sum(qty_milli), 0) FROM invoice_lines l WHERE l.invoice_id = NEW.id AND l.product_id = product_sales_daily.product_id),
    taxable_paise = taxable_paise - (SELECT coalesce(sum(taxable_paise), 0) FROM invoice_lines l WHERE l.invoice_id = NEW.id AND l.product_id = product_sales_daily.product_id),
    cost_paise = cost_paise - (SELECT coalesce(sum(cost_paise), 0) FROM invoice_lines l WHERE l.invoice_id = NEW.id AND l.product_id = product_sales_daily.product_id)
  WHERE date = OLD.date AND product_id IN (SELECT product_id FROM invoice_lines WHERE invoice_id = NEW.id);
END;
