-- The files whose disclosures are removed because the file is gone (ingest --prune), filled by add_gone_file.sql.
CREATE OR REPLACE TEMP TABLE gone_file (source_file VARCHAR NOT NULL);
