-- description: Data quality: records the ingest rejected, per source file, with the first rejected line and its
--   reason (every rejected record is in the view rejects and the reject report). Rejects are not filtered by
--   region: a rejected record may not name its agency.
SELECT source_file, count(*) AS rejected, min(file_line) AS first_line, arg_min(reason, file_line) AS first_reason
FROM rejects
GROUP BY source_file
ORDER BY rejected DESC, source_file;
