-- How many stored disclosures the chunk replaces (none on a first load: the deletes are then skipped).
SELECT count(*) FROM replaced;
