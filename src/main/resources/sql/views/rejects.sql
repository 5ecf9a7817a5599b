-- Every record that was not loaded, with file, line and reason.
CREATE OR REPLACE VIEW rejects AS
SELECT run_id, source_file, file_line, disclosure_id, reason, record
FROM reject;

COMMENT ON VIEW rejects IS 'Every record not loaded, with file, line and reason.';
