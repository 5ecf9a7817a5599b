-- The disclosures loaded from files that are gone, removed by delete_replaced.sql.
CREATE OR REPLACE TEMP TABLE replaced AS
SELECT disclosure_key FROM disclosure WHERE source_file IN (SELECT source_file FROM gone_file);
