-- Export: every money figure, with the partition keys of its disclosure joined in: fiscal_year and
-- province_code (see disclosure.sql). Left joins, so that no row is dropped.
SELECT li.*, d.fiscal_year, left(a.region_code, 2) AS province_code
FROM line_item li
LEFT JOIN disclosure d ON d.disclosure_key = li.disclosure_key
LEFT JOIN agency a ON a.agency_id = d.agency_id
