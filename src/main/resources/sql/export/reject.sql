-- Export: every record not loaded, with file, line and reason (behind the rejects view). Not tied to a loaded
-- disclosure, so one file, not partitioned.
SELECT * FROM reject
