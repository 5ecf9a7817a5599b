-- Every reject still recorded (the latest reading of each file), in file and line order.
SELECT source_file, file_line, disclosure_id, reason, record, run_id
FROM reject
ORDER BY source_file, file_line;
