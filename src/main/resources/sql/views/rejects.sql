-- Every record that was not loaded, with file, line and reason.
CREATE OR REPLACE VIEW rejects AS
SELECT run_id, source_file, file_line, disclosure_id, reason, record
FROM reject;

COMMENT ON VIEW rejects IS 'Every record not loaded, with file, line and reason.';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'rejects').
COMMENT ON COLUMN rejects.run_id IS 'The ingest run that rejected the record (load_runs).';
COMMENT ON COLUMN rejects.source_file IS 'The file of the record.';
COMMENT ON COLUMN rejects.file_line IS 'Line of the record in source_file.';
COMMENT ON COLUMN rejects.disclosure_id IS 'The disclosure the record belongs to. Blank (NULL) = not stated.';
COMMENT ON COLUMN rejects.reason IS 'Why the record was not loaded, and how to fix it.';
COMMENT ON COLUMN rejects.record IS 'The record as read. Blank (NULL) = not stated.';
