-- Agencies a disclosure may name.
SELECT agency_id FROM agency;
