-- Export: every figure that is not money, with the partition keys of its disclosure joined in: fiscal_year and
-- province_code (see disclosure.sql). Left joins, so that no row is dropped.
SELECT f.*, d.fiscal_year, left(a.region_code, 2) AS province_code
FROM fact f
LEFT JOIN disclosure d ON d.disclosure_key = f.disclosure_key
LEFT JOIN agency a ON a.agency_id = d.agency_id
