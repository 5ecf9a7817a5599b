-- One row per ingest run, with its counts (records_read = records_loaded + records_rejected).
CREATE OR REPLACE VIEW load_runs AS
SELECT * FROM load_run;

COMMENT ON VIEW load_runs IS 'One row per ingest run with its counts: records_read = records_loaded + records_rejected.';
