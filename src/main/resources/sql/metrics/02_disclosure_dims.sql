-- The dimensions every metric carries, one row per disclosure: who, where, which sector and level, which year.
CREATE OR REPLACE VIEW disclosure_dims AS
SELECT d.disclosure_id, d.agency_id, a.agency_name, a.region_code, a.province, a.city, a.county, a.sector,
       a.admin_level, a.scope, d.fiscal_year, d.kind
FROM disclosure d
LEFT JOIN agency a USING (agency_id);

COMMENT ON VIEW disclosure_dims IS 'Dimensions of each disclosure: agency, region, sector, level, year, kind.';
