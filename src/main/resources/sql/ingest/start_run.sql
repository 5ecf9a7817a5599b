-- Opens a run record; its id is one more than the last.
INSERT INTO load_run (run_id, started_at, inputs, status)
SELECT coalesce(max(run_id), 0) + 1, current_timestamp::TIMESTAMP, ?, 'running' FROM load_run
RETURNING run_id;
