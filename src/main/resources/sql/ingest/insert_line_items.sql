-- Bulk-loads the chunk's money figures from the staged file.
INSERT INTO line_item
SELECT * FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {
    'disclosure_key': 'INTEGER', 'table_id': 'VARCHAR', 'line_code': 'VARCHAR', 'line_name': 'VARCHAR',
    'detail': 'VARCHAR', 'measure': 'VARCHAR', 'stat': 'VARCHAR', 'base': 'VARCHAR', 'amount': 'DECIMAL(22,6)',
    'source_value': 'VARCHAR', 'source_unit': 'VARCHAR', 'origin': 'VARCHAR', 'section': 'VARCHAR',
    'source_line': 'INTEGER', 'note': 'VARCHAR', 'file_line': 'INTEGER'});
