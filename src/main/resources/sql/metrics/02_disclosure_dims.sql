-- The dimensions every metric carries, one row per disclosure: who, where, which sector and level, which year.
CREATE OR REPLACE VIEW disclosure_dims_live AS
SELECT d.disclosure_id, d.agency_id, a.agency_name, a.region_code, a.province, a.city, a.county, a.sector,
       a.admin_level, a.scope, d.fiscal_year, d.kind
FROM disclosure d
LEFT JOIN agency a USING (agency_id);

-- Materialized: disclosure_dims reads a stored copy of disclosure_dims_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE disclosure_dims_store AS SELECT * FROM disclosure_dims_live;
CREATE OR REPLACE VIEW disclosure_dims AS SELECT * FROM disclosure_dims_store;

COMMENT ON VIEW disclosure_dims IS 'Dimensions of each disclosure: agency, region, sector, level, year, kind.';
