-- Replaces the registry entries of the staged agencies (an agency keeps its id; its attributes may change).
DELETE FROM agency WHERE agency_id IN (SELECT agency_id FROM stage_agency);
INSERT INTO agency SELECT * FROM stage_agency;
