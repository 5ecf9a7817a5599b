-- The agency registry as loaded.
CREATE OR REPLACE VIEW agencies AS
SELECT agency_id, agency_name, region_code, province, city, county, sector, admin_level, scope, unit_type,
       parent_id, aliases, registry_file, registry_line
FROM agency;

COMMENT ON VIEW agencies IS 'The agency registry: id, name, GB/T 2260 region, sector, level, scope.';
