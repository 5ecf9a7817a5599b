-- Bulk-loads the chunk's rejected records from the staged file.
INSERT INTO reject
SELECT * FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {
    'run_id': 'INTEGER', 'source_file': 'VARCHAR', 'file_line': 'INTEGER', 'disclosure_id': 'VARCHAR',
    'reason': 'VARCHAR', 'record': 'VARCHAR'});
