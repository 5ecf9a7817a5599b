-- Bulk-loads the chunk's table declarations from the staged file.
INSERT INTO disclosure_table
SELECT * FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {
    'disclosure_key': 'INTEGER', 'table_id': 'VARCHAR', 'title': 'VARCHAR', 'published_number': 'VARCHAR',
    'unit': 'VARCHAR', 'empty_note': 'VARCHAR', 'source_line': 'INTEGER', 'file_line': 'INTEGER'});
