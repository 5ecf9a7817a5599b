-- Existing disclosures and their storage keys (a replaced disclosure keeps its key).
SELECT disclosure_id, disclosure_key FROM disclosure;
