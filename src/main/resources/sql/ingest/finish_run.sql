-- Closes a run record with its counts.
UPDATE load_run
SET finished_at = current_timestamp::TIMESTAMP, status = ?, files_found = ?, files_loaded = ?,
    files_unchanged = ?, files_rejected = ?, records_read = ?, records_loaded = ?, records_rejected = ?
WHERE run_id = ?;
