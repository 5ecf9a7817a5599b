-- The document a disclosure was extracted from, when its CSV was written by the ingest itself from a document in
-- the input folders (NULL when the CSV is itself an input): a disclosure whose file is gone is known by it, since the
-- extracted CSVs are rewritten on every run. Added to warehouses made before the column existed.
ALTER TABLE disclosure ADD COLUMN IF NOT EXISTS input_file VARCHAR;
