-- One row per ingest run, with its counts (records_read = records_loaded + records_rejected).
CREATE OR REPLACE VIEW load_runs AS
SELECT * FROM load_run;

COMMENT ON VIEW load_runs IS 'One row per ingest run with its counts: records_read = records_loaded + records_rejected.';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'load_runs').
COMMENT ON COLUMN load_runs.run_id IS 'The run, numbered from 1.';
COMMENT ON COLUMN load_runs.started_at IS 'When the run started (local time).';
COMMENT ON COLUMN load_runs.finished_at IS 'When the run finished. Blank (NULL) = it did not finish (killed or failed).';
COMMENT ON COLUMN load_runs.inputs IS 'The folders and files given to ingest.';
COMMENT ON COLUMN load_runs.status IS 'running, finished, failed or interrupted.';
COMMENT ON COLUMN load_runs.files_found IS 'Input files found (files_found = loaded + unchanged + rejected). Blank = the run did not get that far.';
COMMENT ON COLUMN load_runs.files_loaded IS 'Files loaded. Blank = the run did not get that far.';
COMMENT ON COLUMN load_runs.files_unchanged IS 'Files skipped, unchanged since they were loaded. Blank = the run did not get that far.';
COMMENT ON COLUMN load_runs.files_rejected IS 'Files of which every record was rejected. Blank = the run did not get that far.';
COMMENT ON COLUMN load_runs.records_read IS 'Records read (records_read = records_loaded + records_rejected). Blank = the run did not get that far.';
COMMENT ON COLUMN load_runs.records_loaded IS 'Records loaded. Blank = the run did not get that far.';
COMMENT ON COLUMN load_runs.records_rejected IS 'Records rejected (see rejects). Blank = the run did not get that far.';
