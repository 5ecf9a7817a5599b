-- Stages the agencies of a registry file.
CREATE OR REPLACE TEMP TABLE stage_agency AS
SELECT * FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {
    'agency_id': 'VARCHAR', 'agency_name': 'VARCHAR', 'region_code': 'VARCHAR', 'province': 'VARCHAR',
    'city': 'VARCHAR', 'county': 'VARCHAR', 'sector': 'VARCHAR', 'admin_level': 'VARCHAR', 'scope': 'VARCHAR',
    'unit_type': 'VARCHAR', 'parent_id': 'VARCHAR', 'aliases': 'VARCHAR', 'registry_file': 'VARCHAR',
    'registry_line': 'INTEGER'});
