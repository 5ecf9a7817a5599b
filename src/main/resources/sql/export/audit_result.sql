-- Export: every audit check made, with the partition keys of its disclosure joined in (see disclosure.sql).
SELECT r.*, d.fiscal_year, left(a.region_code, 2) AS province_code
FROM audit_result r
LEFT JOIN disclosure d ON d.disclosure_id = r.disclosure_id
LEFT JOIN agency a ON a.agency_id = d.agency_id
