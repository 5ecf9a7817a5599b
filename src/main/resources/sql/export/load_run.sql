-- Export: one row per ingest run with its counts (behind the load_runs view). Small: one file, not partitioned.
SELECT * FROM load_run
