-- Export: the tables each disclosure publishes, with the partition keys of its disclosure joined in: fiscal_year and
-- province_code (see disclosure.sql). Left joins, so that no row is dropped.
SELECT t.*, d.fiscal_year, left(a.region_code, 2) AS province_code
FROM disclosure_table t
LEFT JOIN disclosure d ON d.disclosure_key = t.disclosure_key
LEFT JOIN agency a ON a.agency_id = d.agency_id
