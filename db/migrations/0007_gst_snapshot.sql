-- 0007: a bill and a credit note keep their buyer (GSTIN, name, state) and their GSTR-1 table as
-- posted. The core works the table out once, when it posts the document (app/core/gst/classes.ts);
-- the daily GST summary sums by the stored table, so a later change to a customer's GSTIN moves
-- neither an old bill nor its cancellation, and old invoices still show the GSTIN they were made out to.

ALTER TABLE invoices ADD COLUMN buyer_name TEXT;
ALTER TABLE invoices ADD COLUMN buyer_gstin TEXT;
ALTER TABLE invoices ADD COLUMN buyer_state TEXT;
-- '' only until the backfill below; a trigger refuses a new bill without its table.
ALTER TABLE invoices ADD COLUMN gst_class TEXT NOT NULL DEFAULT '';
ALTER TABLE credit_notes ADD COLUMN buyer_name TEXT;
ALTER TABLE credit_notes ADD COLUMN buyer_gstin TEXT;
ALTER TABLE credit_notes ADD COLUMN buyer_state TEXT;
ALTER TABLE credit_notes ADD COLUMN gst_class TEXT NOT NULL DEFAULT '';

-- Posted documents are frozen: the guards step aside for the backfill and come back covering the new columns.
DROP TRIGGER invoices_frozen;
DROP TRIGGER credit_notes_frozen;

-- No method edits a customer's GSTIN, so the customer file says what each existing bill was made
-- out to. The table for them is the core's rule (a GSTIN: b2b; inter-state over ₹1,00,000 to an
-- unregistered buyer: b2cl; the rest: b2cs), written here once for the rows already in the file.
UPDATE invoices SET buyer_name = c.name, buyer_gstin = nullif(c.gstin, ''), buyer_state = c.state_code
FROM customers c WHERE c.id = invoices.customer_id;
UPDATE invoices SET gst_class = CASE WHEN buyer_gstin IS NOT NULL THEN 'b2b' WHEN supply = 'inter' AND payable_paise > 10000000 THEN 'b2cl' ELSE 'b2cs' END;
-- A credit note follows its bill: the same buyer, the same table.
UPDATE credit_notes SET buyer_name = i.buyer_name, buyer_gstin = i.buyer_gstin, buyer_state = i.buyer_state, gst_class = i.gst_class
FROM invoices i WHERE i.id = credit_notes.invoice_id;

CREATE TRIGGER invoices_frozen BEFORE UPDATE ON invoices
WHEN OLD.status = 'cancelled'
  OR NEW.id IS NOT OLD.id OR NEW.number IS NOT OLD.number OR NEW.fy IS NOT OLD.fy OR NEW.date IS NOT OLD.date
  OR NEW.client_ref IS NOT OLD.client_ref OR NEW.doc_type IS NOT OLD.doc_type OR NEW.customer_id IS NOT OLD.customer_id
  OR NEW.supply IS NOT OLD.supply OR NEW.place_of_supply IS NOT OLD.place_of_supply
  OR NEW.taxable_paise IS NOT OLD.taxable_paise OR NEW.value_paise IS NOT OLD.value_paise OR NEW.payable_paise IS NOT OLD.payable_paise
  OR NEW.cgst_paise IS NOT OLD.cgst_paise OR NEW.sgst_paise IS NOT OLD.sgst_paise OR NEW.igst_paise IS NOT OLD.igst_paise OR NEW.cess_paise IS NOT OLD.cess_paise
  OR NEW.amount_paise IS NOT OLD.amount_paise OR NEW.discount_paise IS NOT OLD.discount_paise OR NEW.round_off_paise IS NOT OLD.round_off_paise
  OR NEW.cost_paise IS NOT OLD.cost_paise OR NEW.user_id IS NOT OLD.user_id OR NEW.device_id IS NOT OLD.device_id OR NEW.created_at IS NOT OLD.created_at
  OR NEW.buyer_name IS NOT OLD.buyer_name OR NEW.buyer_gstin IS NOT OLD.buyer_gstin OR NEW.buyer_state IS NOT OLD.buyer_state OR NEW.gst_class IS NOT OLD.gst_class
BEGIN SELECT RAISE(ABORT, 'posted invoices are immutable: only cancellation may change them'); END;
CREATE TRIGGER credit_notes_frozen BEFORE UPDATE ON credit_notes BEGIN SELECT RAISE(ABORT, 'credit notes are immutable'); END;

CREATE TRIGGER invoices_gst_class BEFORE INSERT ON invoices WHEN NEW.gst_class NOT IN ('b2b', 'b2cl', 'b2cs')
BEGIN SELECT RAISE(ABORT, 'a bill needs its GSTR-1 table (b2b, b2cl or b2cs)'); END;
CREATE TRIGGER credit_notes_gst_class BEFORE INSERT ON credit_notes WHEN NEW.gst_class NOT IN ('b2b', 'b2cl', 'b2cs')
BEGIN SELECT RAISE(ABORT, 'a credit note needs its GSTR-1 table (b2b, b2cl or b2cs)'); END;

-- The daily GST summary by the stored table: no customer is read, at sale or at cancellation.
DROP TRIGGER invoice_lines_gst_daily;
CREATE TRIGGER invoice_lines_gst_daily AFTER INSERT ON invoice_lines BEGIN
  INSERT INTO gst_daily
  SELECT i.date, 'invoice', i.doc_type, i.gst_class, i.supply, i.place_of_supply, NEW.hsn, NEW.unit, NEW.gst_rate_bp, NEW.cess_rate_bp, NEW.name, 1, NEW.qty_milli,
    NEW.taxable_paise, NEW.cgst_paise, NEW.sgst_paise, NEW.igst_paise, NEW.cess_paise
  FROM invoices i WHERE i.id = NEW.invoice_id
  ON CONFLICT (date, doc, doc_type, class, supply, pos, hsn, unit, gst_rate_bp, cess_rate_bp) DO UPDATE SET
    name = min(name, excluded.name), lines = lines + excluded.lines, qty_milli = qty_milli + excluded.qty_milli,
    taxable_paise = taxable_paise + excluded.taxable_paise, cgst_paise = cgst_paise + excluded.cgst_paise, sgst_paise = sgst_paise + excluded.sgst_paise,
    igst_paise = igst_paise + excluded.igst_paise, cess_paise = cess_paise + excluded.cess_paise;
END;
DROP TRIGGER invoices_cancelled_gst_daily;
CREATE TRIGGER invoices_cancelled_gst_daily AFTER UPDATE OF status ON invoices WHEN OLD.status = 'posted' AND NEW.status = 'cancelled' BEGIN
  INSERT INTO gst_daily
  SELECT NEW.date, 'invoice', NEW.doc_type, NEW.gst_class, NEW.supply, NEW.place_of_supply, l.hsn, l.unit, l.gst_rate_bp, l.cess_rate_bp, l.name, -1, -l.qty_milli,
    -l.taxable_paise, -l.cgst_paise, -l.sgst_paise, -l.igst_paise, -l.cess_paise
  FROM invoice_lines l WHERE l.invoice_id = NEW.id
  ON CONFLICT (date, doc, doc_type, class, supply, pos, hsn, unit, gst_rate_bp, cess_rate_bp) DO UPDATE SET
    lines = lines + excluded.lines, qty_milli = qty_milli + excluded.qty_milli,
    taxable_paise = taxable_paise + excluded.taxable_paise, cgst_paise = cgst_paise + excluded.cgst_paise, sgst_paise = sgst_paise + excluded.sgst_paise,
    igst_paise = igst_paise + excluded.igst_paise, cess_paise = cess_paise + excluded.cess_paise;
END;
DROP TRIGGER credit_note_lines_gst_daily;
CREATE TRIGGER credit_note_lines_gst_daily AFTER INSERT ON credit_note_lines BEGIN
  INSERT INTO gst_daily
  SELECT n.date, 'credit_note', n.doc_type, n.gst_class, n.supply, n.place_of_supply, NEW.hsn, NEW.unit, NEW.gst_rate_bp, NEW.cess_rate_bp, NEW.name, 1, NEW.qty_milli,
    NEW.taxable_paise, NEW.cgst_paise, NEW.sgst_paise, NEW.igst_paise, NEW.cess_paise
  FROM credit_notes n WHERE n.id = NEW.credit_note_id
  ON CONFLICT (date, doc, doc_type, class, supply, pos, hsn, unit, gst_rate_bp, cess_rate_bp) DO UPDATE SET
    name = min(name, excluded.name), lines = lines + excluded.lines, qty_milli = qty_milli + excluded.qty_milli,
    taxable_paise = taxable_paise + excluded.taxable_paise, cgst_paise = cgst_paise + excluded.cgst_paise, sgst_paise = sgst_paise + excluded.sgst_paise,
    igst_paise = igst_paise + excluded.igst_paise, cess_paise = cess_paise + excluded.cess_paise;
END;

-- GSTR-1 lists b2b and b2cl documents one by one: found by their stored table, not by every bill of the period.
DROP INDEX invoices_b2cl;
CREATE INDEX invoices_listed ON invoices (date) WHERE gst_class <> 'b2cs';
