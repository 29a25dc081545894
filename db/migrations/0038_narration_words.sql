-- 0038: the books' own narrations kept as words (a catalogue key and its params as JSON) beside the
-- English text, so the day book, ledgers, vouchers and statements say them in the reader's
-- language. A narration a user typed, and every entry written before, has no key and is shown as
-- stored; Tally's export keeps the stored English text.
ALTER TABLE journal_entries ADD COLUMN narration_key TEXT;
ALTER TABLE journal_entries ADD COLUMN narration_params TEXT CHECK (narration_params IS NULL OR json_valid(narration_params));
