-- Every disclosure file the warehouse knows of: the disclosure it holds from the file (if any), the document the
-- file was extracted from (if it was) and how the file was last read (loaded or rejected; NULL if never recorded).
SELECT coalesce(d.source_file, f.source_file) AS source_file, d.disclosure_id, d.input_file, f.status
FROM disclosure d
FULL JOIN (SELECT source_file, status FROM loaded_file WHERE file_kind = 'disclosure') f
    ON f.source_file = d.source_file
ORDER BY source_file, d.disclosure_id;
