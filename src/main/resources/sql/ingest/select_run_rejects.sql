-- The rejects recorded by one run, in file and line order (for the reject report).
SELECT source_file, file_line, disclosure_id, reason, record
FROM reject
WHERE run_id = ?
ORDER BY source_file, file_line;
