-- Bulk-loads the chunk's table declarations from the staged file, under the key the chunk gave its disclosure (joined by file number).
INSERT INTO disclosure_table
SELECT d.disclosure_key, s.* EXCLUDE (file_number)
FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {
    'file_number': 'INTEGER', 'table_id': 'VARCHAR', 'title': 'VARCHAR', 'published_number': 'VARCHAR',
    'unit': 'VARCHAR', 'empty_note': 'VARCHAR', 'source_line': 'INTEGER', 'file_line': 'INTEGER'}) AS s
JOIN stage_disclosure d ON d.file_number = s.file_number;
